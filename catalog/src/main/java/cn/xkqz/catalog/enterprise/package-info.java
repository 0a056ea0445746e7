@NullMarked
package cn.xkqz.catalog.enterprise;

import org.jspecify.annotations.NullMarked;
