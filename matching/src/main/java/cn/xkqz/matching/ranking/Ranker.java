package cn.xkqz.matching.ranking;

import cn.xkqz.catalog.diagnosis.PainPoint;
import cn.xkqz.catalog.solution.Solution;
import cn.xkqz.catalog.taxonomy.Industry;
import cn.xkqz.matching.MatchRequest;
import cn.xkqz.matching.MatchResult.Explanation;
import cn.xkqz.matching.MatchResult.IndustryFit;
import cn.xkqz.matching.MatchResult.PainPointMatch;
import cn.xkqz.matching.retrieval.PainPointToken;
import cn.xkqz.matching.retrieval.Scored;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Scores candidates against a request from four signals (text, scene, industry, budget; see
 * {@link MatchWeights}) and explains a score with what it was made of.
 */
@Component
public class Ranker {

    private final MatchWeights weights;

    Ranker(MatchWeights weights) {
        this.weights = weights;
    }

    /**
     * A candidate with its score and the parts of it.
     *
     * @param shares per pain point, how well the candidate answers it (0–1): its text score as a share of
     *     the pain point's best, blended with how near it is in meaning
     * @param meanings per pain point, how near the candidate is in meaning (0–1, {@link #meaning})
     */
    public record Ranked(
            Scored found,
            Solution solution,
            double score,
            double[] shares,
            double[] meanings,
            IndustryFit industryFit,
            List<String> scenes,
            @Nullable Boolean withinBudget,
            boolean recommended,
            boolean stale) {}

    /**
     * All found solutions, best first; equal (rounded) scores nearest in meaning first, then by id.
     *
     * @param solutions the found solutions' catalogue state, by id (any missing one is left out)
     * @param standing which solutions are recommended, and the time that decides which are stale
     */
    public List<Ranked> rank(
            MatchRequest request,
            List<Scored> found,
            Map<String, Solution> solutions,
            Map<String, Double> wantedScenes,
            Standing standing) {
        double[] best = best(found, request.painPoints().size());
        Map<String, Double> inferred = SceneInference.infer(
                request.painPoints(), found, solutions, s -> answers(s, best), weights.inferredScene());
        List<Ranked> ranked = new ArrayList<>();
        for (Scored scored : found) {
            Solution solution = solutions.get(scored.id());
            if (solution != null) {
                ranked.add(score(request, wantedScenes, inferred, scored, solution, answers(scored, best), standing));
            }
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score)
                .thenComparingDouble(r -> r.found().closeness())
                .reversed()
                .thenComparing(r -> r.found().id()));
        return ranked;
    }

    /** Per pain point, the best text score among {@code found}: what a candidate's share is of. */
    public static double[] best(List<Scored> found, int painPoints) {
        double[] best = new double[painPoints];
        for (Scored scored : found) {
            for (int p = 0; p < painPoints; p++) {
                best[p] = Math.max(best[p], scored.painPointScores()[p]);
            }
        }
        return best;
    }

    /**
     * One solution scored as if it stood among candidates whose best text score per pain point was
     * {@code best} (a score above it counts fully): how a solution new to a need is compared with the
     * matches that need already had (alerts for saved needs).
     */
    public Ranked scoreAgainst(
            MatchRequest request,
            Scored found,
            Solution solution,
            Map<String, Double> wantedScenes,
            double[] best,
            Standing standing) {
        return score(request, wantedScenes, Map.of(), found, solution, answers(found, best), standing);
    }

    /** How well a candidate answers each pain point: by its words (share of the best) and by meaning. */
    Answers answers(Scored found, double[] best) {
        double[] shares = new double[best.length];
        double[] meanings = new double[best.length];
        for (int p = 0; p < best.length; p++) {
            double words = best[p] > 0 ? Math.min(1, found.painPointScores()[p] / best[p]) : 0;
            meanings[p] = meaning(found.painPointCosines()[p]);
            shares[p] = (1 - weights.semantic()) * words + weights.semantic() * meanings[p];
        }
        return new Answers(shares, meanings);
    }

    /** Per pain point: how well it is answered (0–1), and how near in meaning (0–1). */
    record Answers(double[] shares, double[] meanings) {}

    /**
     * How near in meaning a cosine says a solution is to a pain point: 0 up to the floor (unrelated for
     * this model), rising evenly to 1 at the ceiling. Absolute, not relative to the best neighbour, so a
     * pain point nothing answers gets no near solution.
     */
    double meaning(double cosine) {
        double span = weights.semanticCeiling() - weights.semanticFloor();
        return Math.clamp((cosine - weights.semanticFloor()) / span, 0, 1);
    }

    /** What is known of the solutions beyond their content: the current recommended list, and now. */
    public record Standing(Set<UUID> recommended, Instant now) {}

    /**
     * @param inferredScenes scenes the best answers to pain points without a scene point at (they add to
     *     the scene signal but are not cited as wanted: the enterprise did not name them)
     */
    private Ranked score(
            MatchRequest request,
            Map<String, Double> wantedScenes,
            Map<String, Double> inferredScenes,
            Scored found,
            Solution solution,
            Answers answers,
            Standing standing) {
        double text = textSignal(request.painPoints(), answers.shares());
        double scene = solution.scenes().stream()
                .mapToDouble(s -> Math.max(wantedScenes.getOrDefault(s, 0.0), inferredScenes.getOrDefault(s, 0.0)))
                .max()
                .orElse(0);
        IndustryFit fit = industryFit(request.industry(), solution.industries());
        double industry = switch (fit) {
            case EXACT -> 1;
            case GENERAL -> weights.generalFit();
            case OTHER -> 0;
        };
        long priceMin = solution.priceYuan().min();
        double budget = budgetSignal(request.budgetYuan(), priceMin);
        boolean recommended = standing.recommended().contains(solution.id());
        boolean stale = Solution.staleAt(solution.lastConfirmedAt(), standing.now());
        double score = (weights.text() * text
                        + weights.scene() * scene
                        + weights.industry() * industry
                        + weights.budget() * budget)
                / weights.total()
                * (recommended ? 1 + weights.recommended() : 1)
                * (stale ? 1 - weights.stale() : 1);
        return new Ranked(
                found,
                solution,
                Math.round(score * 10_000) / 10_000.0,
                answers.shares(),
                answers.meanings(),
                fit,
                solution.scenes().stream().filter(wantedScenes::containsKey).toList(),
                request.budgetYuan() == null ? null : priceMin <= request.budgetYuan(),
                recommended,
                stale);
    }

    /**
     * Why {@code ranked} was proposed: the pain points it answers (a share of at least {@code
     * coveredShare}), each with the words of the pain point whose analysed term, or a synonym at the same
     * place, is one of the solution's words, and with its nearness in meaning where that counted.
     */
    public Explanation explain(
            Ranked ranked, List<PainPoint> painPoints, List<List<PainPointToken>> tokens, Set<String> matchedWords) {
        List<PainPointMatch> answered = new ArrayList<>();
        for (int p = 0; p < painPoints.size(); p++) {
            if (ranked.shares()[p] < weights.coveredShare()) {
                continue;
            }
            List<String> terms = matchedTerms(painPoints.get(p).text(), tokens.get(p), matchedWords);
            double meaning = ranked.meanings()[p];
            // Meaning is cited only where it alone answers the pain point, so "语义相近" is never a guess.
            boolean byMeaning = weights.semantic() * meaning >= weights.coveredShare();
            if (!terms.isEmpty() || byMeaning) {
                answered.add(new PainPointMatch(p, terms, byMeaning ? Math.round(meaning * 100) / 100.0 : null));
            }
        }
        return new Explanation(answered, ranked.scenes(), ranked.industryFit(), ranked.withinBudget());
    }

    /** Severity-weighted mean of the pain points' answers: covering several counts. */
    private static double textSignal(List<PainPoint> painPoints, double[] shares) {
        double sum = 0;
        double weight = 0;
        for (int p = 0; p < painPoints.size(); p++) {
            sum += severityWeight(painPoints.get(p)) * shares[p];
            weight += severityWeight(painPoints.get(p));
        }
        return weight == 0 ? 0 : sum / weight;
    }

    /** Severity 1, 2, 3 weighs 1, 1.5, 2: a severe pain point counts twice a minor one. */
    static double severityWeight(PainPoint painPoint) {
        return 1 + (painPoint.severity() - 1) * 0.5;
    }

    static IndustryFit industryFit(String industry, List<String> industries) {
        if (industries.contains(industry)) {
            return IndustryFit.EXACT;
        }
        return industries.contains(Industry.GENERAL) ? IndustryFit.GENERAL : IndustryFit.OTHER;
    }

    private static double budgetSignal(@Nullable Long budget, long priceMin) {
        if (budget == null || priceMin <= budget) {
            return 1;
        }
        return budget == 0 ? 0 : Math.max(0, 1 - (priceMin - budget) / (double) budget);
    }

    /** Single characters (不, 台, 全 …) match everywhere and explain nothing, so terms have two or more. */
    static List<String> matchedTerms(String text, List<PainPointToken> tokens, Set<String> solutionWords) {
        Set<String> terms = new LinkedHashSet<>();
        for (PainPointToken token : tokens) {
            String term = token.term();
            if (term.length() >= 2 && solutionWords.contains(term)) {
                terms.add(text.substring(token.start(), token.end()));
            }
        }
        return terms.stream().limit(6).toList();
    }
}
