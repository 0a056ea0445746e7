@NullMarked
package cn.xkqz.indexer.sync;

import org.jspecify.annotations.NullMarked;
