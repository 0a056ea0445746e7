package cn.xkqz.matching.ranking;

import cn.xkqz.catalog.diagnosis.PainPoint;
import cn.xkqz.catalog.taxonomy.Industry;
import cn.xkqz.matching.MatchRequest;
import cn.xkqz.matching.MatchResult.Explanation;
import cn.xkqz.matching.MatchResult.IndustryFit;
import cn.xkqz.matching.MatchResult.PainPointMatch;
import cn.xkqz.matching.retrieval.Candidate;
import cn.xkqz.matching.retrieval.PainPointHit;
import cn.xkqz.matching.retrieval.PainPointToken;
import cn.xkqz.matching.retrieval.Retrieved;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Scores candidates against a request from four signals (text, scene, industry, budget; see
 * {@link MatchWeights}) and explains each score with what it was made of.
 */
@Component
public class Ranker {

    private final MatchWeights weights;

    Ranker(MatchWeights weights) {
        this.weights = weights;
    }

    /** A candidate with its score and explanation. */
    public record Ranked(Candidate candidate, double score, Explanation explanation) {}

    /** All candidates ranked, best first; equal scores by id, so the order never shuffles. */
    public List<Ranked> rank(MatchRequest request, Retrieved retrieved, Map<String, Double> wantedScenes) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        Map<String, double[]> shares = new HashMap<>();
        Map<String, Map<Integer, PainPointHit>> hitsByCandidate = new HashMap<>();
        int n = request.painPoints().size();
        for (int p = 0; p < n; p++) {
            List<PainPointHit> hits = retrieved.hits().get(p);
            double best = hits.isEmpty() ? 1 : hits.getFirst().score();
            for (PainPointHit hit : hits) {
                String id = hit.candidate().id();
                candidates.putIfAbsent(id, hit.candidate());
                shares.computeIfAbsent(id, k -> new double[n])[p] = best > 0 ? hit.score() / best : 0;
                hitsByCandidate.computeIfAbsent(id, k -> new HashMap<>()).put(p, hit);
            }
        }
        retrieved.structural().forEach(c -> candidates.putIfAbsent(c.id(), c));
        List<Ranked> ranked = new ArrayList<>();
        for (Candidate candidate : candidates.values()) {
            double[] share = shares.getOrDefault(candidate.id(), new double[n]);
            ranked.add(score(request, retrieved, wantedScenes, candidate, share, hitsByCandidate.get(candidate.id())));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score)
                .reversed()
                .thenComparing(r -> r.candidate().id()));
        return ranked;
    }

    private Ranked score(
            MatchRequest request,
            Retrieved retrieved,
            Map<String, Double> wantedScenes,
            Candidate candidate,
            double[] share,
            @Nullable Map<Integer, PainPointHit> hits) {
        double text = textSignal(request.painPoints(), share);
        double scene = candidate.scenes().stream()
                .mapToDouble(s -> wantedScenes.getOrDefault(s, 0.0))
                .max()
                .orElse(0);
        IndustryFit fit = industryFit(request.industry(), candidate.industries());
        double industry = switch (fit) {
            case EXACT -> 1;
            case GENERAL -> weights.generalFit();
            case OTHER -> 0;
        };
        double budget = budgetSignal(request.budgetYuan(), candidate.priceMin());
        double score = (weights.text() * text
                        + weights.scene() * scene
                        + weights.industry() * industry
                        + weights.budget() * budget)
                / weights.total();
        Explanation explanation = new Explanation(
                answered(request.painPoints(), retrieved.tokens(), share, hits),
                candidate.scenes().stream().filter(wantedScenes::containsKey).toList(),
                fit,
                request.budgetYuan() == null ? null : candidate.priceMin() <= request.budgetYuan());
        return new Ranked(candidate, Math.round(score * 10_000) / 10_000.0, explanation);
    }

    /** Severity-weighted mean of the pain points' normalised text scores: covering several counts. */
    private static double textSignal(List<PainPoint> painPoints, double[] share) {
        double sum = 0;
        double weight = 0;
        for (int p = 0; p < painPoints.size(); p++) {
            sum += severityWeight(painPoints.get(p)) * share[p];
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

    /** The pain points this candidate answers, each with the words of the pain point that matched. */
    private List<PainPointMatch> answered(
            List<PainPoint> painPoints,
            List<List<PainPointToken>> tokens,
            double[] share,
            @Nullable Map<Integer, PainPointHit> hits) {
        List<PainPointMatch> answered = new ArrayList<>();
        if (hits == null) {
            return answered;
        }
        for (int p = 0; p < painPoints.size(); p++) {
            PainPointHit hit = hits.get(p);
            if (hit == null || share[p] < weights.coveredShare()) {
                continue;
            }
            List<String> terms = matchedTerms(painPoints.get(p).text(), tokens.get(p), hit.matchedWords());
            if (!terms.isEmpty()) {
                answered.add(new PainPointMatch(p, terms));
            }
        }
        return answered;
    }

    /**
     * The pain point's own words (by the analyser's offsets) whose term, or a synonym at the same place,
     * is among the words Elasticsearch highlighted in the solution.
     */
    static List<String> matchedTerms(String text, List<PainPointToken> tokens, Set<String> matchedWords) {
        Set<String> terms = new LinkedHashSet<>();
        for (PainPointToken token : tokens) {
            String term = token.term();
            if (matchedWords.stream().anyMatch(w -> w.equals(term) || (term.length() >= 2 && w.contains(term)))) {
                terms.add(text.substring(token.start(), token.end()));
            }
        }
        return terms.stream().limit(6).toList();
    }
}
