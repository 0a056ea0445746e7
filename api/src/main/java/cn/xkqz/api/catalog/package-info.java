@NullMarked
package cn.xkqz.api.catalog;

import org.jspecify.annotations.NullMarked;
