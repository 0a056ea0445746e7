package cn.xkqz.pilot.alert;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A listed solution that fits an enterprise's saved need, with the explanation a match gives (as JSON:
 * read through {@link AlertRepository}'s explicit queries, which cast the jsonb column to text).
 */
@Table("alert")
record Alert(
        @Id UUID id,
        UUID enterpriseId,
        UUID solutionId,
        double score,
        String explanation,
        Instant createdAt,
        @Nullable Instant dismissedAt) {}
