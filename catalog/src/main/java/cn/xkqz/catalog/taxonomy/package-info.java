@NullMarked
package cn.xkqz.catalog.taxonomy;

import org.jspecify.annotations.NullMarked;
