@NullMarked
package cn.xkqz.catalog.solution;

import org.jspecify.annotations.NullMarked;
