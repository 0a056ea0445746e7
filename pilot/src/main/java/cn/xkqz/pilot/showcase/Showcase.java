package cn.xkqz.pilot.showcase;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A showcase (样板企业): an accepted project's enterprise shown as an example to follow, with the
 * project's provider and solutions; its results are {@link ShowcaseResult}s.
 */
@Table("showcase")
record Showcase(
        @Id UUID id,
        UUID projectId,
        UUID enterpriseId,
        UUID providerId,
        List<UUID> solutionIds,
        ShowcaseCategory category,
        String title,
        Instant createdAt) {}
