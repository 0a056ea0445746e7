package cn.xkqz.catalog.solution;

import org.jspecify.annotations.Nullable;

/** What became of an edit: {@code applied} at once, or, for a LISTED solution, kept as the {@code pending} revision. */
public record SolutionEdit(
        @Nullable Solution applied, @Nullable PendingRevision pending) {}
