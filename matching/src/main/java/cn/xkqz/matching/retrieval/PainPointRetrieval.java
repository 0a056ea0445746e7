package cn.xkqz.matching.retrieval;

import cn.xkqz.catalog.diagnosis.PainPoint;
import cn.xkqz.catalog.taxonomy.Industry;
import cn.xkqz.indexer.Elasticsearch;
import cn.xkqz.indexer.SearchUnavailableException;
import cn.xkqz.indexer.index.SolutionIndex;
import cn.xkqz.indexer.semantic.SemanticModel;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.AnalyzeResponse;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Finds candidates for a request in one {@code _msearch}: per pain point a text query and a semantic
 * nearest-neighbour query (so each pain point gets its own best matches, by words and by meaning), plus
 * one for the solutions of the wanted scenes and fitting industries whatever their wording. Only ids, versions
 * and scores come back (no documents), request-cached; the
 * pain points are analysed alongside, by the index's search analyzer (synonyms included), for
 * explanations.
 */
@Component
public class PainPointRetrieval {

    /** Text matches fetched per pain point. */
    static final int HITS_PER_PAIN_POINT = 50;
    /** Semantic neighbours fetched per pain point. */
    static final int NEIGHBOURS_PER_PAIN_POINT = 30;
    /** Below this cosine a text is unrelated for this model (docs/ranking.md): not fetched at all. */
    static final double NEIGHBOUR_FLOOR = 0.35;
    /** Solutions fetched by scene and industry alone. */
    static final int STRUCTURAL = 100;

    static final String TEXT = "text";

    private final ElasticsearchAsyncClient es;
    private final SolutionIndex index;
    private final Cache<String, List<PainPointToken>> tokenCache =
            Caffeine.newBuilder().maximumSize(50_000).build();

    private final SemanticModel semantic;

    PainPointRetrieval(ElasticsearchAsyncClient es, SolutionIndex index, SemanticModel semantic) {
        this.es = es;
        this.index = index;
        this.semantic = semantic;
    }

    public Mono<Retrieved> retrieve(String industry, List<PainPoint> painPoints, Set<String> wantedScenes) {
        return semantic.queries(painPoints.stream().map(PainPoint::text).toList())
                .flatMap(vectors -> Mono.zip(
                        Elasticsearch.call(() ->
                                        es.msearch(request(industry, painPoints, wantedScenes, vectors), Void.class))
                                .map(response -> merge(response.responses(), painPoints.size())),
                        analyze(painPoints),
                        (candidates, tokens) -> new Retrieved(candidates, tokens, vectors)));
    }

    /**
     * The one {@code _msearch} of a retrieval, with the pain points' vectors. Public so that benchmarks
     * can send exactly what a match sends.
     */
    public Mono<MsearchRequest> request(String industry, List<PainPoint> painPoints, Set<String> wantedScenes) {
        return semantic.queries(painPoints.stream().map(PainPoint::text).toList())
                .map(vectors -> request(industry, painPoints, wantedScenes, vectors));
    }

    private MsearchRequest request(
            String industry, List<PainPoint> painPoints, Set<String> wantedScenes, List<float[]> vectors) {
        List<RequestItem> searches = new ArrayList<>();
        painPoints.forEach(p -> searches.add(search(textQuery(p.text()), HITS_PER_PAIN_POINT)));
        vectors.forEach(v -> searches.add(search(neighbours(v), NEIGHBOURS_PER_PAIN_POINT)));
        searches.add(search(fits(industry, wantedScenes), wantedScenes.isEmpty() ? 0 : STRUCTURAL));
        return MsearchRequest.of(m -> m.searches(searches));
    }

    /** A pain point's nearest solutions by meaning (the ranker decides from which cosine they count). */
    private Query neighbours(float[] vector) {
        return Query.of(q -> q.knn(k -> k.field("vector")
                .queryVector(SemanticModel.asList(vector))
                .k(NEIGHBOURS_PER_PAIN_POINT)
                .numCandidates(NEIGHBOURS_PER_PAIN_POINT * 3)
                .similarity((float) NEIGHBOUR_FLOOR)));
    }

    private RequestItem search(Query query, int size) {
        // Nothing here depends on the time, so Elasticsearch's request cache answers a diagnosis matched
        // again (until the next refresh that changes the index): only the ranking is paid for again.
        return RequestItem.of(r -> r.header(h -> h.index(index.alias()).requestCache(true))
                .body(b -> b.size(size)
                        .version(true)
                        .trackTotalHits(t -> t.enabled(false))
                        // The id from doc values: no stored field is read, so no block of documents is
                        // decompressed for hundreds of hits (docs/benchmarks.md).
                        .storedFields("_none_")
                        .docvalueFields(f -> f.field("id"))
                        .query(query)));
    }

    /** Solutions of the wanted scenes whose industries include the enterprise's or GENERAL. */
    private static Query fits(String industry, Set<String> scenes) {
        List<FieldValue> sceneValues = scenes.stream().map(FieldValue::of).toList();
        List<FieldValue> industries = List.of(FieldValue.of(industry), FieldValue.of(Industry.GENERAL));
        return Query.of(q ->
                q.bool(b -> b.filter(f -> f.terms(t -> t.field("scenes").terms(v -> v.value(sceneValues))))
                        .filter(f -> f.terms(t -> t.field("industries").terms(v -> v.value(industries))))));
    }

    /**
     * A pain point's text against all of a solution's text at once (the {@code text} field, a copy of
     * name, keywords, summary, description and cases): one field to score keeps five pain points cheap.
     * Also the benchmark's raw single search.
     */
    public static Query textQuery(String text) {
        return Query.of(q -> q.match(m -> m.field(TEXT).query(text)));
    }

    private static List<Scored> merge(List<MultiSearchResponseItem<Void>> responses, int painPoints) {
        Map<String, Scored> byId = new LinkedHashMap<>();
        for (int i = 0; i < responses.size(); i++) {
            MultiSearchResponseItem<Void> response = responses.get(i);
            if (response.isFailure()) {
                String reason =
                        "pain point search failed: " + response.failure().error();
                IllegalStateException failure = new IllegalStateException(reason);
                int status = response.failure().status();
                throw status >= 500 || status == 429 ? new SearchUnavailableException(reason, failure) : failure;
            }
            for (Hit<Void> hit : response.result().hits().hits()) {
                Scored scored = byId.computeIfAbsent(
                        id(hit),
                        id -> new Scored(
                                id,
                                hit.version() == null ? 0 : hit.version(),
                                new double[painPoints],
                                new double[painPoints]));
                if (hit.score() == null) {
                    continue;
                }
                if (i < painPoints) {
                    scored.painPointScores()[i] = hit.score();
                } else if (i < 2 * painPoints) {
                    // Elasticsearch scores a cosine c as (1 + c) / 2.
                    scored.painPointCosines()[i - painPoints] = 2 * hit.score() - 1;
                }
            }
        }
        return List.copyOf(byId.values());
    }

    /** The hit's solution id, from the {@code id} field's doc values (every document has one). */
    private static String id(Hit<Void> hit) {
        return Objects.requireNonNull(hit.fields().get("id"), "id doc value")
                .toJson()
                .asJsonArray()
                .getString(0);
    }

    /**
     * Each pain point's tokens. Analysis of a text never changes while the index definition does not, and
     * a diagnosis is matched again and again, so tokens are cached by text (and definition); the texts
     * not cached yet are analysed in one request.
     */
    public Mono<List<List<PainPointToken>>> analyze(List<PainPoint> painPoints) {
        List<PainPoint> missing = painPoints.stream()
                .filter(p -> tokenCache.getIfPresent(cacheKey(p)) == null)
                .toList();
        Mono<Void> fill = missing.isEmpty()
                ? Mono.empty()
                : analyzeAll(missing)
                        .doOnNext(tokens -> {
                            for (int i = 0; i < missing.size(); i++) {
                                tokenCache.put(cacheKey(missing.get(i)), tokens.get(i));
                            }
                        })
                        .then();
        return fill.then(Mono.fromSupplier(() -> painPoints.stream()
                .map(p -> tokenCache.getIfPresent(cacheKey(p)))
                .map(tokens -> tokens == null ? List.<PainPointToken>of() : tokens)
                .toList()));
    }

    private String cacheKey(PainPoint painPoint) {
        return index.definition() + ":" + painPoint.text();
    }

    /** Pain points analysed in one request, joined by line breaks; offsets are split back apart. */
    private Mono<List<List<PainPointToken>>> analyzeAll(List<PainPoint> painPoints) {
        StringBuilder joined = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (PainPoint p : painPoints) {
            starts.add(joined.length());
            joined.append(p.text()).append('\n');
        }
        String text = joined.toString();
        return Elasticsearch.call(() -> es.indices()
                        .analyze(a ->
                                a.index(index.alias()).analyzer("chinese_query").text(text)))
                .map(response -> split(response, starts, painPoints));
    }

    private static List<List<PainPointToken>> split(
            AnalyzeResponse response, List<Integer> starts, List<PainPoint> painPoints) {
        List<List<PainPointToken>> tokens = new ArrayList<>();
        painPoints.forEach(p -> tokens.add(new ArrayList<>()));
        for (AnalyzeToken token : response.tokens()) {
            int owner = 0;
            while (owner + 1 < starts.size() && token.startOffset() >= starts.get(owner + 1)) {
                owner++;
            }
            int start = (int) token.startOffset() - starts.get(owner);
            int end = Math.min(
                    (int) token.endOffset() - starts.get(owner),
                    painPoints.get(owner).text().length());
            if (start >= 0 && end > start) {
                tokens.get(owner).add(new PainPointToken(token.token(), start, end));
            }
        }
        return tokens;
    }
}
