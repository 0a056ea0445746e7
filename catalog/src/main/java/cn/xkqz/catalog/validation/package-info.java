@NullMarked
package cn.xkqz.catalog.validation;

import org.jspecify.annotations.NullMarked;
