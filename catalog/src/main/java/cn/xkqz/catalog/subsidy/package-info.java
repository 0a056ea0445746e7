/** What a transformation costs an enterprise after the city's subsidies (the plan's published rules). */
@NullMarked
package cn.xkqz.catalog.subsidy;

import org.jspecify.annotations.NullMarked;
