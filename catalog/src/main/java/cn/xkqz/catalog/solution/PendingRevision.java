package cn.xkqz.catalog.solution;

import java.time.Instant;
import java.util.UUID;

/**
 * An edit of a LISTED solution waiting for bureau review: the listed version stays live until the
 * revision is approved. {@code id} is new with every edit (APPROVE_REVISION names it); {@code
 * baseVersion} is the version the edit was made against.
 */
public record PendingRevision(
        UUID id, UUID solutionId, SolutionDraft draft, long baseVersion, String submittedBy, Instant submittedAt) {}
