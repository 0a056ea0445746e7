/**
 * Semantic vectors: the in-process sentence-embedding model, the stored vector of every solution's text,
 * and query vectors for search and matching.
 */
@NullMarked
package cn.xkqz.indexer.semantic;

import org.jspecify.annotations.NullMarked;
