/** HTTP for the bureau's recommended lists and the subsidy estimate. */
@NullMarked
package cn.xkqz.api.curation;

import org.jspecify.annotations.NullMarked;
