package cn.xkqz.matching.ranking;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much each signal counts in a match score ({@code xkqz.matching.*}; docs/ranking.md has the
 * measurements behind the defaults). The weights are shares of a score between 0 and 1; each signal
 * is itself between 0 and 1.
 *
 * @param text the pain points' text relevance, each normalised by its best match and weighted by severity
 * @param scene the best wanted scene the solution covers
 * @param industry EXACT 1, GENERAL {@code generalFit}, OTHER 0
 * @param budget 1 within budget, falling to 0 at twice the budget
 * @param generalFit how well a cross-industry solution fits, against one made for the industry
 * @param coveredShare a pain point counts as answered (in explanations) from this share of its best score
 * @param recommended a solution on the current recommended list scores this share more (a badge, not a
 *     ranking of its own: enough to decide near-ties)
 * @param stale a listing its provider has not confirmed for 12 months scores this share less
 * @param semantic the share of a pain point's answer that nearness in meaning gives (the rest: its words)
 * @param semanticFloor the cosine (pain point, solution) below which they are unrelated in meaning
 * @param semanticCeiling the cosine from which a solution counts as fully near in meaning
 * @param inferredScene how much a scene counts that the best answers to a pain point without a scene
 *     share, against a scene the enterprise named
 */
@ConfigurationProperties("xkqz.matching")
public record MatchWeights(
        @DefaultValue("0.5") double text,
        @DefaultValue("0.25") double scene,
        @DefaultValue("0.2") double industry,
        @DefaultValue("0.05") double budget,
        @DefaultValue("0.6") double generalFit,
        @DefaultValue("0.3") double coveredShare,
        @DefaultValue("0.05") double recommended,
        @DefaultValue("0.05") double stale,
        @DefaultValue("0.6") double semantic,
        @DefaultValue("0.45") double semanticFloor,
        @DefaultValue("0.7") double semanticCeiling,
        @DefaultValue("0.5") double inferredScene) {

    double total() {
        return text + scene + industry + budget;
    }
}
