@NullMarked
package cn.xkqz.catalog.diagnosis;

import org.jspecify.annotations.NullMarked;
