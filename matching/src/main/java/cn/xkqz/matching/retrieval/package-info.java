@NullMarked
package cn.xkqz.matching.retrieval;

import org.jspecify.annotations.NullMarked;
