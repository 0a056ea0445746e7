/**
 * What providers and solutions go through (vetting, warnings, appeals; review and listing): the
 * request to move a record, the rules every lifecycle shares, and the log of each step taken.
 */
@NullMarked
package cn.xkqz.catalog.lifecycle;

import org.jspecify.annotations.NullMarked;
