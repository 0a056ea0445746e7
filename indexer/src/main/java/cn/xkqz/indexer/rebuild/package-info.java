@NullMarked
package cn.xkqz.indexer.rebuild;

import org.jspecify.annotations.NullMarked;
