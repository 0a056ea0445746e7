/** Two to four solutions side by side, with what each would cost after subsidies. */
@NullMarked
package cn.xkqz.catalog.comparison;

import org.jspecify.annotations.NullMarked;
