package cn.xkqz.matching.reverse;

import cn.xkqz.catalog.diagnosis.PainPoint;
import cn.xkqz.matching.MatchResult;
import cn.xkqz.matching.SavedNeed;
import cn.xkqz.matching.ranking.Ranker;
import cn.xkqz.matching.ranking.Reasons;
import cn.xkqz.matching.retrieval.KnownSolutions;
import cn.xkqz.matching.retrieval.PainPointRetrieval;
import cn.xkqz.matching.retrieval.PainPointToken;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** Explains the needs a new solution reaches, as matching explains a match. */
@Component
class FitExplainer {

    /** Pain points analysed per {@code _analyze} request (it refuses texts of too many tokens). */
    static final int ANALYZED = 100;

    private final PainPointRetrieval retrieval;
    private final Ranker ranker;
    private final KnownSolutions known;

    FitExplainer(PainPointRetrieval retrieval, Ranker ranker, KnownSolutions known) {
        this.retrieval = retrieval;
        this.ranker = ranker;
        this.known = known;
    }

    /**
     * The fits among {@code reaching}, best first: their pain points are analysed together (each distinct
     * text once, {@link #ANALYZED} at a time) for the explanations, not once per need.
     */
    Flux<Fit> explainAll(List<Reaching> reaching, Reasons reasons) {
        List<PainPoint> distinct = reaching.stream()
                .flatMap(c -> c.need().painPoints().stream())
                .collect(Collectors.toMap(PainPoint::text, p -> p, (a, b) -> a, LinkedHashMap::new))
                .values()
                .stream()
                .toList();
        Map<String, List<PainPointToken>> tokens = new HashMap<>();
        return Flux.range(0, (distinct.size() + ANALYZED - 1) / ANALYZED)
                .map(i -> distinct.subList(i * ANALYZED, Math.min(distinct.size(), (i + 1) * ANALYZED)))
                .concatMap(chunk -> retrieval.analyze(chunk).doOnNext(analysed -> {
                    for (int i = 0; i < chunk.size(); i++) {
                        tokens.put(chunk.get(i).text(), analysed.get(i));
                    }
                }))
                .thenMany(Flux.fromIterable(reaching))
                .mapNotNull(c -> explained(
                        c.ranked(),
                        c.need(),
                        c.need().painPoints().stream()
                                .map(p -> tokens.getOrDefault(p.text(), List.of()))
                                .toList(),
                        reasons))
                .sort((a, b) -> Double.compare(b.score(), a.score()));
    }

    private @Nullable Fit explained(
            Ranker.Ranked ranked, SavedNeed need, List<List<PainPointToken>> tokens, Reasons reasons) {
        MatchResult.Explanation explanation =
                ranker.explain(ranked, need.painPoints(), tokens, known.words(ranked.found(), ranked.solution()));
        boolean answers =
                !explanation.painPoints().isEmpty() || !explanation.scenes().isEmpty();
        return answers
                ? new Fit(
                        need.enterpriseId(),
                        ranked.solution().id(),
                        ranked.score(),
                        explanation,
                        reasons.of(explanation, ranked.solution(), need.industry(), need.painPoints()))
                : null;
    }
}
