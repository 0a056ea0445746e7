@NullMarked
package cn.xkqz.catalog.error;

import org.jspecify.annotations.NullMarked;
