package cn.xkqz.pilot.expert;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One expert's review of a provider at the expert step of vetting (专家评审): a score of 0–100 and a verdict. */
@Table("vetting_review")
public record VettingReview(
        @Id UUID id, UUID providerId, UUID expertId, int score, boolean pass, String comment, Instant reviewedAt) {}
