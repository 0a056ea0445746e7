package cn.xkqz.matching.retrieval;

import java.util.Arrays;

/**
 * A solution the search found, with its text score for each pain point (0 where it does not match
 * that pain point), its cosine with each pain point's meaning (0 where it is not among the pain point's
 * semantic neighbours) and its version in the index (which grows with every change of the solution).
 */
public record Scored(String id, long indexVersion, double[] painPointScores, double[] painPointCosines) {

    /** How near in meaning the solution is to the pain points together: what orders equal scores. */
    public double closeness() {
        return Arrays.stream(painPointCosines).sum();
    }
}
