@NullMarked
package cn.xkqz.indexer.search;

import org.jspecify.annotations.NullMarked;
