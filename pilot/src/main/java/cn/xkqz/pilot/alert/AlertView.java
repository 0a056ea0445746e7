package cn.xkqz.pilot.alert;

import cn.xkqz.matching.MatchResult;
import java.time.Instant;
import java.util.UUID;

/**
 * An alert as the enterprise reads it: the solution, its name, the score it would have among the
 * enterprise's matches, when, and why (the explanation a match gives, and its sentence).
 */
public record AlertView(
        UUID id, UUID solutionId, String name, double score, Instant createdAt, MatchResult.Explanation explanation) {}
