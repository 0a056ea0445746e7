@NullMarked
package cn.xkqz.catalog.provider;

import org.jspecify.annotations.NullMarked;
