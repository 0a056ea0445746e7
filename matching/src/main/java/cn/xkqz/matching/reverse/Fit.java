package cn.xkqz.matching.reverse;

import cn.xkqz.matching.MatchResult;
import java.util.UUID;

/**
 * A saved need a solution fits: the enterprise, the score the solution would have among its matches,
 * and the explanation a match gives (the pain points answered with their words, scenes, industry,
 * budget) with its sentence.
 */
public record Fit(
        UUID enterpriseId, UUID solutionId, double score, MatchResult.Explanation explanation, String reason) {}
