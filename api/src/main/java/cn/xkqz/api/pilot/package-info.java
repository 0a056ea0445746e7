/**
 * HTTP for the pilot programme (docs/pilot.md): experts and their vetting reviews, transformation
 * projects, acceptance and provider performance. The rules live in the {@code pilot} module.
 */
@NullMarked
package cn.xkqz.api.pilot;

import org.jspecify.annotations.NullMarked;
