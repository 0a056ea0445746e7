package cn.xkqz.matching;

import cn.xkqz.catalog.solution.PriceRange;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Solutions ranked for a need, best first. */
public record MatchResult(List<Item> items) {

    /**
     * @param score 0–1, comparable within one answer
     * @param reason a short explanation in Chinese, built from {@code explanation}
     * @param recommended on the bureau's current recommended list (a badge; it adds a little to the score)
     * @param stale not confirmed by its provider for 12 months (it takes a little from the score)
     */
    public record Item(
            int rank,
            String solutionId,
            String name,
            String providerName,
            List<String> industries,
            List<String> scenes,
            PriceRange priceYuan,
            double score,
            Explanation explanation,
            String reason,
            boolean recommended,
            boolean stale) {}

    /**
     * Why a solution is proposed.
     *
     * @param painPoints the pain points it answers, each with the words of the pain point it matched
     * @param scenes the wanted scenes (demand scenes and pain points' scenes) it covers
     * @param withinBudget its lowest price is within the budget (null when no budget was given)
     */
    public record Explanation(
            List<PainPointMatch> painPoints,
            List<String> scenes,
            IndustryFit industryFit,
            @Nullable Boolean withinBudget) {}

    /**
     * A pain point a solution answers.
     *
     * @param index the pain point's position in the request
     * @param terms words of it, as written there, that the solution's texts contain (or a synonym of them)
     * @param meaning how near the solution is to it in meaning, 0–1 (null unless meaning alone answers it)
     */
    public record PainPointMatch(
            int index, List<String> terms, @Nullable Double meaning) {}

    public enum IndustryFit {
        /** Made for the enterprise's industry. */
        EXACT,
        /** A cross-industry solution. */
        GENERAL,
        /** Made for other industries only. */
        OTHER
    }
}
