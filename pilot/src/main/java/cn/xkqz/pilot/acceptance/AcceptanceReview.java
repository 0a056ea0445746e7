package cn.xkqz.pilot.acceptance;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A panel expert's one review of a project: the level it assessed after transformation, pass or not, why. */
@Table("acceptance_review")
public record AcceptanceReview(
        @Id UUID id,
        UUID projectId,
        UUID expertId,
        int assessedLevel,
        boolean pass,
        String comment,
        Instant reviewedAt) {}
