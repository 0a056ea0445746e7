@NullMarked
package cn.xkqz.api.matching;

import org.jspecify.annotations.NullMarked;
