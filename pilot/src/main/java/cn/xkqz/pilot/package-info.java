/**
 * The pilot programme (试点): what the city runs on top of the marketplace. It sits above {@code matching}
 * ({@code api → pilot → matching → indexer → catalog}) and keeps its own records, so that {@code catalog}
 * stays the marketplace's (providers, solutions, enterprises, diagnoses, curation). One package per feature:
 * experts, projects, acceptance, performance, funds, claims, dashboard (docs/pilot.md). Its migrations
 * live with catalog's, in the one Flyway sequence.
 */
@NullMarked
package cn.xkqz.pilot;

import org.jspecify.annotations.NullMarked;
