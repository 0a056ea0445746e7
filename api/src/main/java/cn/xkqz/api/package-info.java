@NullMarked
package cn.xkqz.api;

import org.jspecify.annotations.NullMarked;
