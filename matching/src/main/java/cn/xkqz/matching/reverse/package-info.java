/**
 * Reverse matching (alerts for saved needs): the need index keeps each enterprise's latest diagnosis
 * with what its current matches score; a newly listed solution is searched against it and each
 * candidate need is scored with the matching ranker, as if the solution stood among its matches.
 */
@NullMarked
package cn.xkqz.matching.reverse;

import org.jspecify.annotations.NullMarked;
