package cn.xkqz.catalog.solution;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An edit of a LISTED solution waiting for bureau review: the listed version stays live until the
 * revision is approved. {@code id} is new with every edit (APPROVE_REVISION names it); {@code
 * baseVersion} is the version the edit was made against. Stored as the solution_revision row, keyed by the
 * solution (one pending revision each).
 */
@Table("solution_revision")
public record PendingRevision(
        UUID id, @Id UUID solutionId, SolutionDraft draft, long baseVersion, String submittedBy, Instant submittedAt) {}
