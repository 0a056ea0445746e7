package cn.xkqz.indexer.search;

import cn.xkqz.catalog.solution.Solution;
import cn.xkqz.indexer.semantic.SemanticModel;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScore;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * How search relevance is scored (docs/search.md has the measurements behind each number).
 *
 * <ol>
 *   <li>Text: BM25 over the Chinese-analysed fields with domain synonyms, the name weighing most, plus
 *       a bonus when the query appears as a phrase in the name or summary.
 *   <li>Scene feedback: the demand scenes of the best text matches tell what the searcher is after
 *       (设备老是突然停机 is an equipment-management need). Solutions of those scenes get a bonus that
 *       scales with the best text score, so related solutions follow the literal matches even when
 *       they word things differently.
 *   <li>Meaning: the solutions whose semantic vector lies nearest the query's ({@link SemanticModel}) get a
 *       bonus that also scales with the best text score (or counts alone when no word matches): a
 *       symptom written in a factory owner's words (电费一个月比一个月高) finds the energy-management
 *       solution that never uses them.
 * </ol>
 */
@Component
public class SearchRelevance {

    private final SearchWeights weights;

    SearchRelevance(SearchWeights weights) {
        this.weights = weights;
    }

    /** Field weights: the name says most, the long description least per word. */
    static final List<String> FIELDS =
            List.of("name^4", "keywords^3", "summary^2.5", "description^1", "cases^0.5", "providerName^0.5");

    /** How many of the best text matches vote on the scenes. */
    static final int FEEDBACK_HITS = 10;
    /** A scene counts when its vote reaches this share of the leading scene's. */
    static final double SCENE_KEEP = 0.8;

    /** Closeness in meaning, as a share of the semantic scale, on every neighbour that matches: orders
     * equal scores (solutions that only share a fed-back scene) by meaning, too little to pass others. */
    static final double TIE_BREAK = 0.001;

    /** A solution on the current recommended list scores this much more: enough to decide near-ties. */
    static final double RECOMMENDED_BOOST = 1.05;
    /** A listing not confirmed for 12 months scores this much of what it would. */
    static final double STALE_FACTOR = 0.95;

    /**
     * {@code ranked}, a little higher for recommended solutions and a little lower for stale listings;
     * when the searcher chose industries, higher for solutions made for one of them than for
     * cross-industry ones that the filter also lets through.
     */
    Query withStanding(Query ranked, Set<UUID> recommended, List<String> industries) {
        List<FunctionScore> functions = new ArrayList<>();
        if (!industries.isEmpty() && weights.industryFit() != 1) {
            functions.add(FunctionScore.of(f ->
                    f.filter(SearchRequests.terms("industries", industries)).weight(weights.industryFit())));
        }
        functions.add(FunctionScore.of(f -> f.filter(q -> q.range(r ->
                        r.date(d -> d.field("lastConfirmedAt").lt("now-" + Solution.FRESH_FOR.toTotalMonths() + "M"))))
                .weight(STALE_FACTOR)));
        if (!recommended.isEmpty()) {
            List<String> ids = recommended.stream().map(UUID::toString).sorted().toList();
            functions.add(FunctionScore.of(
                    f -> f.filter(q -> q.ids(i -> i.values(ids))).weight(RECOMMENDED_BOOST)));
        }
        return Query.of(q -> q.functionScore(fs -> fs.query(ranked)
                .functions(functions)
                .scoreMode(FunctionScoreMode.Multiply)
                .boostMode(FunctionBoostMode.Multiply)));
    }

    Query textQuery(String text) {
        return Query.of(q -> q.bool(b -> b.should(wordsQuery(text))
                .should(s ->
                        s.matchPhrase(p -> p.field("name").query(text).slop(1).boost(2f)))
                .should(s -> s.matchPhrase(
                        p -> p.field("summary").query(text).slop(2).boost(1f)))
                .minimumShouldMatch("1")));
    }

    /**
     * The query's words in any of the fields, without the phrase bonuses of {@link #textQuery}: what
     * highlights mark (the phrases match no word this does not).
     */
    Query wordsQuery(String text) {
        return Query.of(q -> q.multiMatch(
                m -> m.query(text).fields(FIELDS).type(TextQueryType.BestFields).tieBreaker(0.3)));
    }

    /** What the first round trip's two answers (best text matches, then semantic neighbours) say. */
    Feedback feedback(List<MultiSearchResponseItem<SceneVote>> responses) {
        return new Feedback(
                sceneFeedback(SearchCalls.hits(responses.get(0))), neighbours(SearchCalls.hits(responses.get(1))));
    }

    /**
     * The scenes the best text matches point at, each with its weight (1 for the leading scene). A hit
     * votes with its score relative to the best, split over its scenes (by the square root of their
     * number, so a focused solution votes more clearly than a broad one).
     */
    SceneFeedback sceneFeedback(List<Hit<SceneVote>> hits) {
        if (hits.isEmpty() || hits.getFirst().score() == null || hits.getFirst().score() <= 0) {
            return SceneFeedback.NONE;
        }
        double best = hits.getFirst().score();
        Map<String, Double> votes = new HashMap<>();
        for (Hit<SceneVote> hit : hits) {
            SceneVote source = hit.source();
            List<String> scenes = source == null ? List.of() : source.scenes();
            // Sorted by score, so every hit has one; a hit without one would vote nothing.
            double score = Objects.requireNonNullElse(hit.score(), 0.0);
            for (String scene : scenes) {
                votes.merge(scene, score / best / Math.sqrt(scenes.size()), Double::sum);
            }
        }
        double lead =
                votes.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        Map<String, Double> kept = new HashMap<>();
        votes.forEach((scene, vote) -> {
            if (vote / lead >= SCENE_KEEP) {
                kept.put(scene, vote / lead);
            }
        });
        return new SceneFeedback(kept, best);
    }

    /**
     * The nearest solutions by meaning, under the search's filters: ids and scores only. Elasticsearch
     * scores a cosine {@code c} as {@code (1 + c) / 2}. Neighbours under {@code semanticFloor} are fetched
     * too: they earn no bonus, only the tie-break of {@link #rankedQuery}.
     */
    Query neighboursQuery(float[] vector, List<Query> filters) {
        return Query.of(q -> q.knn(k -> k.field("vector")
                .queryVector(SemanticModel.asList(vector))
                .k(weights.neighbours())
                .numCandidates(weights.neighbours() * 3)
                .filter(filters)));
    }

    /** The semantic neighbours of a search, by id, each with its cosine. */
    Neighbours neighbours(List<Hit<SceneVote>> hits) {
        Map<String, Double> cosines = new HashMap<>();
        for (Hit<SceneVote> hit : hits) {
            cosines.put(hit.id(), 2 * Objects.requireNonNullElse(hit.score(), 0.5) - 1);
        }
        return new Neighbours(cosines);
    }

    /**
     * The text query, plus the bonuses: solutions of the fed-back scenes and the semantic neighbours are
     * found too. A neighbour's bonus grows from nothing at the floor to {@code semantic} times the best
     * text score for the nearest one; one clause per neighbour carries its bonus and its tie-break, and a
     * neighbour under the floor only adds its tie-break to a solution that matches anyway.
     */
    Query rankedQuery(String text, Feedback feedback) {
        SceneFeedback scenes = feedback.scenes();
        Neighbours neighbours = feedback.neighbours();
        List<Query> should = new ArrayList<>();
        should.add(weights.text() == 1 ? textQuery(text) : boosted(textQuery(text), weights.text()));
        scenes.scenes()
                .forEach((scene, weight) -> should.add(Query.of(q -> q.constantScore(c -> c.filter(
                                f -> f.term(t -> t.field("scenes").value(FieldValue.of(scene))))
                        .boost((float) (weights.sceneBonus() * scenes.bestScore() * weight))))));
        double scale = weights.semantic() * Math.max(scenes.bestScore(), 1);
        double top = neighbours.cosines().values().stream()
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(1);
        double span = Math.max(top - weights.semanticFloor(), 0.05);
        List<Query> closeness = new ArrayList<>();
        neighbours.cosines().forEach((id, cosine) -> {
            double bonus = scale * Math.max(0, cosine - weights.semanticFloor()) / span;
            double tieBreak = TIE_BREAK * scale * Math.max(0, cosine);
            if (bonus > 0) {
                should.add(byId(id, bonus + tieBreak));
            } else if (tieBreak > 0) {
                closeness.add(byId(id, tieBreak));
            }
        });
        Query ranked = Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch("1")));
        return Query.of(q -> q.bool(b -> b.must(ranked).should(closeness)));
    }

    private static Query byId(String id, double boost) {
        return Query.of(q ->
                q.constantScore(c -> c.filter(f -> f.ids(i -> i.values(id))).boost((float) boost)));
    }

    private static Query boosted(Query query, double boost) {
        return Query.of(q -> q.bool(b -> b.must(query).boost((float) boost)));
    }

    /** The scenes of a feedback hit (the only field the first round trip fetches; none for a neighbour). */
    record SceneVote(List<String> scenes) {}

    int neighbourCount() {
        return weights.neighbours();
    }

    /** What the first round trip learnt: the scenes to favour, and the semantic neighbours. */
    record Feedback(SceneFeedback scenes, Neighbours neighbours) {
        static final Feedback NONE = new Feedback(SceneFeedback.NONE, Neighbours.NONE);
    }

    /** Solutions near the query in meaning, by id, each with its cosine. */
    record Neighbours(Map<String, Double> cosines) {
        static final Neighbours NONE = new Neighbours(Map.of());
    }

    /** Scenes to favour, weighted, and the best text score they scale with. */
    record SceneFeedback(Map<String, Double> scenes, double bestScore) {
        static final SceneFeedback NONE = new SceneFeedback(Map.of(), 0);
    }
}
