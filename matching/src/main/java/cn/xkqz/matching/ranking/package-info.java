@NullMarked
package cn.xkqz.matching.ranking;

import org.jspecify.annotations.NullMarked;
