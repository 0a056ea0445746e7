package cn.xkqz.indexer.search;

import cn.xkqz.catalog.curation.RecommendedLists;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.solution.DeliveryMode;
import cn.xkqz.catalog.solution.PriceRange;
import cn.xkqz.catalog.solution.Solution;
import cn.xkqz.catalog.taxonomy.Industry;
import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.catalog.validation.Violations;
import cn.xkqz.indexer.Elasticsearch;
import cn.xkqz.indexer.SearchUnavailableException;
import cn.xkqz.indexer.index.SolutionDocument;
import cn.xkqz.indexer.index.SolutionIndex;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Full-text search and suggestions over the searchable pool. User text only ever goes into
 * {@code match} queries (never a query-string parser). Facets count as if their own filter were not
 * set, so choosing one industry still shows how many solutions the other industries have.
 */
@Service
public class SolutionSearch {

    static final String INDUSTRY = "industry";
    static final String SCENE = "scene";
    static final String DELIVERY_MODE = "deliveryMode";

    private final ElasticsearchAsyncClient es;
    private final SolutionIndex index;
    private final Taxonomy taxonomy;
    private final SearchRelevance relevance;
    private final RecommendedLists recommended;
    private final Clock clock;

    SolutionSearch(
            ElasticsearchAsyncClient es,
            SolutionIndex index,
            Taxonomy taxonomy,
            SearchRelevance relevance,
            RecommendedLists recommended,
            Clock clock) {
        this.es = es;
        this.index = index;
        this.taxonomy = taxonomy;
        this.relevance = relevance;
        this.recommended = recommended;
        this.clock = clock;
    }

    public Mono<SearchResult> search(SearchQuery query) {
        return recommended
                .currentSolutionIds()
                .flatMap(ids -> plan(query, ids)
                        .flatMap(request -> call(() -> es.search(request, SolutionDocument.class)))
                        .map(response -> result(query, response, new Standing(ids, clock.instant()))));
    }

    /**
     * The request that fetches a search's results, after checking the query and the scene-feedback round
     * trip ({@link #feedbackRequest}). Public so that benchmarks can send exactly what a search sends.
     */
    public Mono<SearchRequest> plan(SearchQuery query) {
        return recommended.currentSolutionIds().flatMap(ids -> plan(query, ids));
    }

    private Mono<SearchRequest> plan(SearchQuery query, Set<UUID> recommendedIds) {
        return taxonomy.codes()
                .doOnNext(codes -> {
                    Violations violations = new Violations();
                    query.check(codes, violations);
                    violations.throwIfAny("搜索参数有误");
                })
                .then(Mono.defer(() -> feedback(query)))
                .map(feedback -> request(query, feedback, recommendedIds));
    }

    /** The first round trip of a text search: its best matches under all filters, scenes only. */
    public SearchRequest feedbackRequest(SearchQuery query) {
        List<Query> filters = new ArrayList<>(sharedFilters(query));
        filters.addAll(facetFilters(query, null));
        String text = query.q() == null ? "" : query.q();
        return SearchRequest.of(s -> s.index(index.alias())
                .size(SearchRelevance.FEEDBACK_HITS)
                .source(src -> src.filter(f -> f.includes("scenes")))
                .query(q -> q.bool(b -> b.must(relevance.textQuery(text)).filter(filters))));
    }

    private Mono<SearchRelevance.SceneFeedback> feedback(SearchQuery query) {
        if (query.browsing()) {
            return Mono.just(SearchRelevance.SceneFeedback.NONE);
        }
        return call(() -> es.search(feedbackRequest(query), SearchRelevance.SceneVote.class))
                .map(response -> relevance.feedback(response.hits().hits()));
    }

    /**
     * Searchable solutions most like {@code id}: similar wording (more-like-this over the texts), ranked up
     * when they share its scenes and industries. Empty when it is not searchable itself.
     */
    public Mono<List<SearchResult.Hit>> similar(UUID id, int size) {
        return call(() -> es.get(g -> g.index(index.alias()).id(id.toString()), SolutionDocument.class))
                .filter(found -> found.found() && found.source() != null)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("可检索的方案", id)))
                .flatMap(found -> call(() -> es.search(similarTo(found.source(), size), SolutionDocument.class)))
                .zipWith(recommended.currentSolutionIds())
                .map(found -> found.getT1().hits().hits().stream()
                        .map(h -> hit(h, new Standing(found.getT2(), clock.instant())))
                        .toList());
    }

    private SearchRequest similarTo(SolutionDocument doc, int size) {
        return SearchRequest.of(s -> s.index(index.alias())
                .size(size)
                .query(q -> q.bool(b -> b.must(m ->
                                m.moreLikeThis(mlt -> mlt.fields("name", "summary", "description", "keywords")
                                        .like(l -> l.document(
                                                d -> d.index(index.alias()).id(doc.id())))
                                        .minTermFreq(1)
                                        .minDocFreq(1)
                                        .maxQueryTerms(30)
                                        .minimumShouldMatch("10%")))
                        .should(terms("scenes", doc.scenes()))
                        .should(terms("industries", doc.industries()))
                        .mustNot(n -> n.ids(i -> i.values(doc.id())))))
                .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));
    }

    /** Completions of {@code prefix} from solution names and keywords. */
    public Mono<List<String>> suggest(String prefix, int size) {
        String text = prefix.strip();
        if (text.isEmpty()) {
            return Mono.just(List.of());
        }
        if (text.length() > SearchQuery.MAX_QUERY_LENGTH) {
            FieldError tooLong = new FieldError("prefix", "输入不能超过" + SearchQuery.MAX_QUERY_LENGTH + "个字");
            return Mono.error(() -> new InvalidInputException("参数有误", List.of(tooLong)));
        }
        return call(() -> es.search(
                        s -> s.index(index.alias())
                                .source(src -> src.fetch(false))
                                .suggest(g -> g.suggesters(
                                        "box",
                                        b -> b.prefix(text)
                                                .completion(c -> c.field("suggest")
                                                        .size(size)
                                                        .skipDuplicates(true)))),
                        SolutionDocument.class))
                .map(response -> response.suggest().getOrDefault("box", List.of()).stream()
                        .flatMap(suggestion -> suggestion.completion().options().stream())
                        .map(CompletionSuggestOption::text)
                        .distinct()
                        .toList());
    }

    SearchRequest request(SearchQuery query, SearchRelevance.SceneFeedback feedback, Set<UUID> recommendedIds) {
        Query ranked = query.browsing()
                ? Query.of(q -> q.matchAll(m -> m))
                : relevance.withStanding(relevance.rankedQuery(query.q(), feedback), recommendedIds);
        return SearchRequest.of(s -> {
            s.index(index.alias())
                    .from(query.page() * query.size())
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .trackScores(true)
                    .query(q -> q.bool(b -> b.must(ranked).filter(sharedFilters(query))))
                    .postFilter(p -> p.bool(b -> b.filter(facetFilters(query, null))))
                    .aggregations(INDUSTRY, facet("industries", facetFilters(query, INDUSTRY), 10))
                    .aggregations(SCENE, facet("scenes", facetFilters(query, SCENE), 30))
                    .aggregations(DELIVERY_MODE, facet("deliveryMode", facetFilters(query, DELIVERY_MODE), 5));
            if (query.browsing()) {
                s.sort(o -> o.field(f -> f.field("updatedAt").order(SortOrder.Desc)));
            } else {
                s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc))).highlight(relevance.highlight());
            }
            // Equal scores (or dates) keep one order between requests and pages.
            return s.sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
        });
    }

    /** Filters that are not facets: they narrow the results and every facet count. */
    private static List<Query> sharedFilters(SearchQuery query) {
        List<Query> filters = new ArrayList<>();
        if (query.priceMax() != null) {
            // No price exceeds MAX_YUAN, so capping changes no result, and keeps the bound exact as a
            // double: 9223372036854775296 would round past Long.MAX_VALUE and fail in Elasticsearch.
            double within = Math.min(query.priceMax(), PriceRange.MAX_YUAN);
            filters.add(Query.of(
                    q -> q.range(r -> r.number(n -> n.field("priceMin").lte(within)))));
        }
        if (query.openApi() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("openApi").value(query.openApi()))));
        }
        return filters;
    }

    /** The facet filters, leaving out the one named {@code except} (null: all of them). */
    private static List<Query> facetFilters(SearchQuery query, String except) {
        List<Query> filters = new ArrayList<>();
        if (!INDUSTRY.equals(except) && !query.industries().isEmpty()) {
            filters.add(terms("industries", withGeneral(query.industries())));
        }
        if (!SCENE.equals(except) && !query.scenes().isEmpty()) {
            filters.add(terms("scenes", query.scenes()));
        }
        if (!DELIVERY_MODE.equals(except) && !query.deliveryModes().isEmpty()) {
            filters.add(terms(
                    "deliveryMode",
                    query.deliveryModes().stream().map(DeliveryMode::name).toList()));
        }
        return filters;
    }

    /** Cross-industry (GENERAL) solutions serve every industry, so an industry filter lets them through. */
    private static List<String> withGeneral(List<String> industries) {
        List<String> values = new ArrayList<>(industries);
        if (!values.contains(Industry.GENERAL)) {
            values.add(Industry.GENERAL);
        }
        return values;
    }

    private static Query terms(String field, List<String> values) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
    }

    private static Aggregation facet(String field, List<Query> filters, int size) {
        return Aggregation.of(a -> a.filter(f -> f.bool(b -> b.filter(filters)))
                .aggregations("codes", sub -> sub.terms(t -> t.field(field).size(size))));
    }

    private static SearchResult result(
            SearchQuery query, SearchResponse<SolutionDocument> response, Standing standing) {
        List<SearchResult.Hit> hits =
                response.hits().hits().stream().map(h -> hit(h, standing)).toList();
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        for (String facet : List.of(INDUSTRY, SCENE, DELIVERY_MODE)) {
            facets.put(
                    facet,
                    response
                            .aggregations()
                            .get(facet)
                            .filter()
                            .aggregations()
                            .get("codes")
                            .sterms()
                            .buckets()
                            .array()
                            .stream()
                            .map(SolutionSearch::count)
                            .toList());
        }
        long total = response.hits().total() == null
                ? hits.size()
                : response.hits().total().value();
        return new SearchResult(total, query.page(), query.size(), hits, facets);
    }

    private static SearchResult.FacetCount count(StringTermsBucket bucket) {
        return new SearchResult.FacetCount(bucket.key().stringValue(), bucket.docCount());
    }

    /** What the badges of a page of hits depend on: the current recommended list, and now. */
    private record Standing(Set<UUID> recommended, Instant now) {}

    private static SearchResult.Hit hit(Hit<SolutionDocument> hit, Standing standing) {
        SolutionDocument doc = hit.source();
        return new SearchResult.Hit(
                doc.id(),
                doc.name(),
                doc.summary(),
                doc.providerId(),
                doc.providerName(),
                doc.industries(),
                doc.scenes(),
                DeliveryMode.valueOf(doc.deliveryMode()),
                new PriceRange(doc.priceMin(), doc.priceMax()),
                doc.openApi(),
                hit.score() == null ? 0 : hit.score(),
                hit.highlight(),
                standing.recommended().contains(UUID.fromString(doc.id())),
                doc.lastConfirmedAt() != null && Solution.staleAt(doc.lastConfirmedAt(), standing.now()));
    }

    /** A missing index (first start, before the index exists) is an outage too, not a bad request. */
    private <T> Mono<T> call(java.util.function.Supplier<java.util.concurrent.CompletableFuture<T>> request) {
        return Elasticsearch.call(request)
                .onErrorMap(
                        e -> e instanceof ElasticsearchException es && es.status() == 404,
                        e -> new SearchUnavailableException("search index not ready yet", e));
    }
}
