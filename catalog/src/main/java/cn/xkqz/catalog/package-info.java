@NullMarked
package cn.xkqz.catalog;

import org.jspecify.annotations.NullMarked;
