/** The bureau's recommended lists (优质方案产品, at most 20 solutions a list) and what enterprises see of them. */
@NullMarked
package cn.xkqz.catalog.curation;

import org.jspecify.annotations.NullMarked;
