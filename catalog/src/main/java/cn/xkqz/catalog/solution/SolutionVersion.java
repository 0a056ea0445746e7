package cn.xkqz.catalog.solution;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The solution_version table's row (keyed by solution and version, so no single {@code @Id}); the
 * public shape is {@link ApprovedVersion}.
 */
@Table("solution_version")
record SolutionVersion(UUID solutionId, long version, SolutionDraft content, String approvedBy, Instant approvedAt) {

    ApprovedVersion approved() {
        return new ApprovedVersion(version, content, approvedBy, approvedAt);
    }
}
