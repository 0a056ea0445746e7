package cn.xkqz.pilot.acceptance;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The enterprise's satisfaction with a decided project (满意度评价): 1–5 and a comment. */
@Table("project_rating")
public record Rating(@Id UUID projectId, int score, String comment, Instant ratedAt) {}
