@NullMarked
package cn.xkqz.api.audit;

import org.jspecify.annotations.NullMarked;
