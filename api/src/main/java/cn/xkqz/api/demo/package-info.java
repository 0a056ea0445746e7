@NullMarked
package cn.xkqz.api.demo;

import org.jspecify.annotations.NullMarked;
