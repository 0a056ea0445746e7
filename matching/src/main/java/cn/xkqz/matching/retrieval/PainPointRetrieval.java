package cn.xkqz.matching.retrieval;

import cn.xkqz.catalog.diagnosis.PainPoint;
import cn.xkqz.catalog.taxonomy.Industry;
import cn.xkqz.indexer.Elasticsearch;
import cn.xkqz.indexer.SearchUnavailableException;
import cn.xkqz.indexer.index.SolutionIndex;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.AnalyzeResponse;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import co.elastic.clients.util.NamedValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Fetches, in one {@code _msearch}, the best text matches of every pain point separately (each pain
 * point is its own query, so a solution that answers two pain points shows up in both), plus the
 * solutions of the wanted scenes; and, alongside, the analysis of the pain points (for explanations).
 */
@Component
public class PainPointRetrieval {

    /** Text matches fetched per pain point. */
    static final int HITS_PER_PAIN_POINT = 50;
    /** Solutions fetched by scene and industry alone. */
    static final int STRUCTURAL = 200;

    static final List<String> FIELDS = List.of("name^3", "keywords^3", "summary^2", "description^1", "cases^0.5");
    private static final List<String> SOURCE =
            List.of("id", "name", "providerName", "industries", "scenes", "priceMin", "priceMax");
    private static final Pattern EMPHASIS = Pattern.compile("<em>(.+?)</em>");

    private final ElasticsearchAsyncClient es;
    private final SolutionIndex index;

    PainPointRetrieval(ElasticsearchAsyncClient es, SolutionIndex index) {
        this.es = es;
        this.index = index;
    }

    public Mono<Retrieved> retrieve(String industry, List<PainPoint> painPoints, Set<String> wantedScenes) {
        List<RequestItem> searches = new ArrayList<>();
        painPoints.forEach(p -> searches.add(textSearch(p.text())));
        searches.add(structuralSearch(industry, wantedScenes));
        Mono<List<MultiSearchResponseItem<Candidate>>> found = Elasticsearch.call(
                        () -> es.msearch(m -> m.searches(searches), Candidate.class))
                .map(response -> response.responses());
        return Mono.zip(found, analyze(painPoints)).map(t -> retrieved(t.getT1(), t.getT2(), painPoints.size()));
    }

    private RequestItem textSearch(String text) {
        return RequestItem.of(r -> r.header(h -> h.index(index.alias()))
                .body(b -> b.size(HITS_PER_PAIN_POINT)
                        .source(s -> s.filter(f -> f.includes(SOURCE)))
                        .query(textQuery(text))
                        .highlight(highlight())));
    }

    /** A pain point's text against the solution texts; exposed for the benchmark's raw single search. */
    public static Query textQuery(String text) {
        return Query.of(q -> q.multiMatch(
                m -> m.query(text).fields(FIELDS).type(TextQueryType.BestFields).tieBreaker(0.3)));
    }

    private RequestItem structuralSearch(String industry, Set<String> scenes) {
        List<FieldValue> sceneValues = scenes.stream().map(FieldValue::of).toList();
        List<FieldValue> industries = List.of(FieldValue.of(industry), FieldValue.of(Industry.GENERAL));
        return RequestItem.of(r -> r.header(h -> h.index(index.alias()))
                .body(b -> b.size(sceneValues.isEmpty() ? 0 : STRUCTURAL)
                        .source(s -> s.filter(f -> f.includes(SOURCE)))
                        .query(q -> q.bool(bool -> bool.filter(
                                        f -> f.terms(t -> t.field("scenes").terms(v -> v.value(sceneValues))))
                                .filter(f -> f.terms(t -> t.field("industries").terms(v -> v.value(industries))))))));
    }

    private static Highlight highlight() {
        HighlightField words = HighlightField.of(f -> f.fragmentSize(24).numberOfFragments(6));
        return Highlight.of(h -> h.fields(List.of(
                NamedValue.of("name", words),
                NamedValue.of("keywords", words),
                NamedValue.of("summary", words),
                NamedValue.of("description", words),
                NamedValue.of("cases", words))));
    }

    /** All pain points analysed in one request, joined by line breaks; offsets are split back apart. */
    private Mono<List<List<PainPointToken>>> analyze(List<PainPoint> painPoints) {
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

    private static Retrieved retrieved(
            List<MultiSearchResponseItem<Candidate>> responses, List<List<PainPointToken>> tokens, int painPoints) {
        for (MultiSearchResponseItem<Candidate> response : responses) {
            if (response.isFailure()) {
                String reason =
                        "pain point search failed: " + response.failure().error();
                IllegalStateException failure = new IllegalStateException(reason);
                int status = response.failure().status();
                throw status >= 500 || status == 429 ? new SearchUnavailableException(reason, failure) : failure;
            }
        }
        List<List<PainPointHit>> hits = new ArrayList<>();
        for (int i = 0; i < painPoints; i++) {
            hits.add(responses.get(i).result().hits().hits().stream()
                    .map(PainPointRetrieval::hit)
                    .toList());
        }
        List<Candidate> byScene = responses.get(painPoints).result().hits().hits().stream()
                .map(Hit::source)
                .toList();
        return new Retrieved(hits, byScene, tokens);
    }

    private static PainPointHit hit(Hit<Candidate> hit) {
        Set<String> words = new LinkedHashSet<>();
        hit.highlight()
                .values()
                .forEach(fragments -> fragments.forEach(fragment -> {
                    Matcher m = EMPHASIS.matcher(fragment);
                    while (m.find()) {
                        words.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
                    }
                }));
        return new PainPointHit(hit.source(), hit.score() == null ? 0 : hit.score(), words);
    }
}
