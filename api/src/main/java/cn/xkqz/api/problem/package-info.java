@NullMarked
package cn.xkqz.api.problem;

import org.jspecify.annotations.NullMarked;
