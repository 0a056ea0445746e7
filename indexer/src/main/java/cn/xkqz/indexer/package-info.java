@NullMarked
package cn.xkqz.indexer;

import org.jspecify.annotations.NullMarked;
