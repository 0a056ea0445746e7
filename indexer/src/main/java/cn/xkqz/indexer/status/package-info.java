@NullMarked
package cn.xkqz.indexer.status;

import org.jspecify.annotations.NullMarked;
