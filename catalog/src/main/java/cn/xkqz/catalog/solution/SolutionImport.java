package cn.xkqz.catalog.solution;

import java.util.UUID;

/** One solution of a catalogue import, its provider already resolved. */
public record SolutionImport(UUID providerId, SolutionDraft draft) {}
