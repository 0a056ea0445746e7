/**
 * The pilot programme (试点): what the city runs on top of the marketplace. It sits above {@code matching}
 * ({@code api → pilot → matching → indexer → catalog}) and keeps its own records, so that {@code catalog}
 * stays the marketplace's (providers, solutions, enterprises, diagnoses, curation). Its features arrive one
 * package each: experts, diagnosis assignments, projects, acceptance, performance, claims and funds,
 * dashboard. Its migrations live with catalog's, in the one Flyway sequence.
 */
@NullMarked
package cn.xkqz.pilot;

import org.jspecify.annotations.NullMarked;
