@NullMarked
package cn.xkqz.api.search;

import org.jspecify.annotations.NullMarked;
