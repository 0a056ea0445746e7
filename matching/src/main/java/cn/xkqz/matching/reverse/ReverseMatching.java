package cn.xkqz.matching.reverse;

import cn.xkqz.catalog.curation.RecommendedLists;
import cn.xkqz.catalog.solution.Solution;
import cn.xkqz.catalog.solution.SolutionService;
import cn.xkqz.catalog.solution.SolutionStatus;
import cn.xkqz.catalog.taxonomy.Industry;
import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.indexer.Elasticsearch;
import cn.xkqz.indexer.SearchUnavailableException;
import cn.xkqz.indexer.index.NeedIndex;
import cn.xkqz.indexer.index.SolutionIndex;
import cn.xkqz.indexer.semantic.SolutionVectors;
import cn.xkqz.matching.MatchRequest;
import cn.xkqz.matching.MatchResult;
import cn.xkqz.matching.MatchService;
import cn.xkqz.matching.SavedNeed;
import cn.xkqz.matching.ranking.Ranker;
import cn.xkqz.matching.ranking.Reasons;
import cn.xkqz.matching.retrieval.PainPointRetrieval;
import cn.xkqz.matching.retrieval.PainPointToken;
import cn.xkqz.matching.retrieval.Scored;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Which saved needs a listed solution fits, without matching each enterprise again: one search of the
 * need index with the solution's text and scenes (among the needs of its industries) finds the
 * candidates; one {@code _msearch} scores the solution against each candidate's pain points; the
 * matching ranker then scores it, by words and by meaning (the solution's stored vector against the
 * need's pain point vectors), as if it stood among that need's matches ({@link SavedNeed#best()}), and it
 * fits when it reaches the need's last shown match and answers a pain point or a wanted scene.
 */
@Component
public class ReverseMatching {

    /** Needs considered per listing: the best by the reverse search. */
    static final int CANDIDATES = 300;

    private final ElasticsearchAsyncClient es;
    private final NeedIndex needs;
    private final SolutionIndex solutionsIndex;
    private final MatchService matching;
    private final SolutionService solutions;
    private final PainPointRetrieval retrieval;
    private final FitExplainer explainer;
    private final SolutionVectors vectors;
    private final Ranker ranker;
    private final Taxonomy taxonomy;
    private final RecommendedLists recommended;
    private final Clock clock;

    ReverseMatching(
            ElasticsearchAsyncClient es,
            NeedIndex needs,
            SolutionIndex solutionsIndex,
            MatchService matching,
            SolutionService solutions,
            PainPointRetrieval retrieval,
            FitExplainer explainer,
            SolutionVectors vectors,
            Ranker ranker,
            Taxonomy taxonomy,
            RecommendedLists recommended,
            Clock clock) {
        this.es = es;
        this.needs = needs;
        this.solutionsIndex = solutionsIndex;
        this.matching = matching;
        this.solutions = solutions;
        this.retrieval = retrieval;
        this.explainer = explainer;
        this.vectors = vectors;
        this.ranker = ranker;
        this.taxonomy = taxonomy;
        this.recommended = recommended;
        this.clock = clock;
    }

    /** Keeps the enterprise's saved need in the need index (removes it when it has no diagnosis). */
    public Mono<Void> save(UUID enterpriseId) {
        String id = enterpriseId.toString();
        return matching.savedNeed(enterpriseId)
                .flatMap(need ->
                        retrieval.analyze(need.painPoints()).map(tokens -> NeedDocument.of(need, words(tokens))))
                .flatMap(doc -> Elasticsearch.call(
                                () -> es.index(i -> i.index(needs.name()).id(id).document(doc)))
                        .thenReturn(true))
                .switchIfEmpty(Mono.defer(() -> Elasticsearch.call(
                                () -> es.delete(d -> d.index(needs.name()).id(id)))
                        .thenReturn(false)))
                .then();
    }

    /**
     * The saved needs {@code solutionId} fits, best first. Fails with {@link NotIndexedYet} while the
     * solution is not in the search index yet (the caller tries again shortly).
     */
    public Flux<Fit> fits(UUID solutionId) {
        return solutions
                .get(solutionId)
                .filter(solution -> solution.status() == SolutionStatus.LISTED)
                .flatMap(solution -> requireIndexed(solution).thenReturn(solution))
                .flatMapMany(solution ->
                        candidates(solution).collectList().flatMapMany(candidates -> score(solution, candidates)));
    }

    /** The pain points' words of two or more characters (single ones say nothing about demand). */
    private static List<String> words(List<List<PainPointToken>> tokens) {
        return tokens.stream()
                .flatMap(List::stream)
                .map(PainPointToken::term)
                .filter(term -> term.length() >= 2)
                .distinct()
                .toList();
    }

    private Mono<Void> requireIndexed(Solution solution) {
        return Elasticsearch.call(() -> es.exists(
                        e -> e.index(solutionsIndex.alias()).id(solution.id().toString())))
                .flatMap(found -> found.value() ? Mono.<Void>empty() : Mono.error(new NotIndexedYet(solution.id())));
    }

    /** The needs the reverse search finds: the solution's words in their pain points, or their scenes. */
    private Flux<SavedNeed> candidates(Solution solution) {
        String text = String.join(" ", solution.name(), solution.summary(), String.join(" ", solution.keywords()));
        List<FieldValue> scenes = solution.scenes().stream().map(FieldValue::of).toList();
        List<FieldValue> industries =
                solution.industries().stream().map(FieldValue::of).toList();
        Query query = Query.of(q -> q.bool(b -> {
            b.should(s -> s.match(m -> m.field("painText").query(text)))
                    .should(s -> s.terms(t -> t.field("scenes").terms(v -> v.value(scenes))))
                    .minimumShouldMatch("1");
            if (!solution.industries().contains(Industry.GENERAL)) {
                b.filter(f -> f.terms(t -> t.field("industry").terms(v -> v.value(industries))));
            }
            return b;
        }));
        return Elasticsearch.call(() -> es.search(
                        s -> s.index(needs.name())
                                .ignoreUnavailable(true)
                                .size(CANDIDATES)
                                .query(query),
                        NeedDocument.class))
                .flatMapIterable(response -> response.hits().hits())
                .mapNotNull(Hit::source)
                .map(NeedDocument::state);
    }

    /** The solution against every candidate need in one {@code _msearch}, then ranked per need. */
    private Flux<Fit> score(Solution solution, List<SavedNeed> candidates) {
        if (candidates.isEmpty()) {
            return Flux.empty();
        }
        List<RequestItem> searches = new ArrayList<>();
        candidates.forEach(need -> need.painPoints().forEach(p -> searches.add(onlyThis(solution, p.text()))));
        Mono<List<Double>> scores = Elasticsearch.call(() -> es.msearch(m -> m.searches(searches), Void.class))
                .map(response -> response.responses().stream()
                        .map(ReverseMatching::scoreOf)
                        .toList());
        Mono<Reasons> reasons = Mono.zip(taxonomy.industries(), taxonomy.scenes(), Reasons::new);
        Mono<Ranker.Standing> standing =
                recommended.currentSolutionIds().map(ids -> new Ranker.Standing(ids, clock.instant()));
        Mono<float[]> vector =
                vectors.of(List.of(solution)).map(byId -> Objects.requireNonNull(byId.get(solution.id())));
        return Mono.zip(scores, reasons, standing, vector).flatMapMany(all -> {
            List<Reaching> reaching = new ArrayList<>();
            int next = 0;
            for (SavedNeed need : candidates) {
                double[] own = new double[need.painPoints().size()];
                for (int p = 0; p < own.length; p++) {
                    own[p] = all.getT1().get(next++);
                }
                Ranker.Ranked ranked = ranked(solution, need, own, need.cosines(all.getT4()), all.getT3());
                if (ranked.score() >= need.threshold() && ranked.industryFit() != MatchResult.IndustryFit.OTHER) {
                    reaching.add(new Reaching(need, ranked));
                }
            }
            return explainer.explainAll(reaching, all.getT2());
        });
    }

    private Ranker.Ranked ranked(
            Solution solution, SavedNeed need, double[] own, double[] cosines, Ranker.Standing standing) {
        MatchRequest request = need.request();
        Scored scored = new Scored(solution.id().toString(), solution.version(), own, cosines);
        return ranker.scoreAgainst(
                request, scored, solution, MatchService.wantedScenes(request), need.bestScores(), standing);
    }

    private RequestItem onlyThis(Solution solution, String painPoint) {
        return RequestItem.of(r -> r.header(h -> h.index(solutionsIndex.alias()))
                .body(b -> b.size(1)
                        .trackTotalHits(t -> t.enabled(false))
                        .source(src -> src.fetch(false))
                        .query(q -> q.bool(bool -> bool.must(PainPointRetrieval.textQuery(painPoint))
                                .filter(f -> f.ids(i -> i.values(solution.id().toString())))))));
    }

    private static double scoreOf(MultiSearchResponseItem<Void> item) {
        if (item.isFailure()) {
            String reason = "reverse matching search failed: " + item.failure().error();
            throw new SearchUnavailableException(reason, new IllegalStateException(reason));
        }
        List<Hit<Void>> hits = item.result().hits().hits();
        Double score = hits.isEmpty() ? null : hits.getFirst().score();
        return score == null ? 0 : score;
    }

    /** The solution is not in the search index yet; its listing is news once it is. */
    public static final class NotIndexedYet extends RuntimeException {

        NotIndexedYet(UUID solutionId) {
            super("solution " + solutionId + " is not in the search index yet");
        }
    }
}
