@NullMarked
package cn.xkqz.matching;

import org.jspecify.annotations.NullMarked;
