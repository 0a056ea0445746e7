package cn.xkqz.catalog.solution;

import java.time.Instant;

/** A version of a solution as bureau staff approved it (listing or revision). */
public record ApprovedVersion(long version, SolutionDraft content, String approvedBy, Instant approvedAt) {}
