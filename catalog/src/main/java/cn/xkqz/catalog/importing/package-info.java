@NullMarked
package cn.xkqz.catalog.importing;

import org.jspecify.annotations.NullMarked;
