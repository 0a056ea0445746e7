@NullMarked
package cn.xkqz.indexer.index;

import org.jspecify.annotations.NullMarked;
