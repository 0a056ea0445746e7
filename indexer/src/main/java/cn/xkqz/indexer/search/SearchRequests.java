package cn.xkqz.indexer.search;

import cn.xkqz.catalog.solution.DeliveryMode;
import cn.xkqz.catalog.solution.PriceRange;
import cn.xkqz.catalog.taxonomy.Industry;
import cn.xkqz.indexer.index.SolutionIndex;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.msearch.MultisearchHeader;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.util.NamedValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The requests of a search: the first round trip (scene feedback and semantic neighbours, side by side)
 * and the results with their facets. Facets
 * count as if their own filter were not set, so choosing one industry still shows how many solutions the
 * other industries have.
 */
@Component
class SearchRequests {

    static final String INDUSTRY = "industry";
    static final String SCENE = "scene";
    static final String DELIVERY_MODE = "deliveryMode";
    /** The facets of every result, in the order they are answered. */
    static final List<String> FACETS = List.of(INDUSTRY, SCENE, DELIVERY_MODE);
    /** The terms inside a facet that other facets' filters narrow. */
    static final String CODES = "codes";

    private final SolutionIndex index;
    private final SearchRelevance relevance;

    SearchRequests(SolutionIndex index, SearchRelevance relevance) {
        this.index = index;
        this.relevance = relevance;
    }

    /**
     * The first round trip of a text search, one {@code _msearch}: its best text matches under all filters
     * (scenes only), and its nearest solutions by meaning under the same filters (ids only). Neither
     * depends on the time or on anything but the index, so Elasticsearch's request cache keeps their
     * answers until the next refresh that changes the index: a repeated search pays only for its results.
     */
    MsearchRequest firstRoundTrip(SearchQuery query, float[] vector) {
        List<Query> filters = new ArrayList<>(sharedFilters(query));
        filters.addAll(facetFilters(query, null));
        String text = query.q() == null ? "" : query.q();
        return MsearchRequest.of(m -> m.searches(s -> s.header(this::cached)
                        .body(b -> b.size(SearchRelevance.FEEDBACK_HITS)
                                .source(src -> src.filter(f -> f.includes("scenes")))
                                .query(q -> q.bool(bool ->
                                        bool.must(relevance.textQuery(text)).filter(filters)))))
                .searches(s -> s.header(this::cached)
                        .body(b -> b.size(relevance.neighbourCount())
                                .source(src -> src.fetch(false))
                                .query(relevance.neighboursQuery(vector, filters)))));
    }

    private MultisearchHeader.Builder cached(MultisearchHeader.Builder header) {
        return header.index(index.alias()).requestCache(true);
    }

    /** The page of results, ranked with the feedback and the current recommended list. */
    SearchRequest results(SearchQuery query, SearchRelevance.Feedback feedback, Set<UUID> recommendedIds) {
        String text = query.q();
        if (text == null) {
            return page(query, Query.of(q -> q.matchAll(m -> m)), null);
        }
        Query ranked =
                relevance.withStanding(relevance.rankedQuery(text, feedback), recommendedIds, query.industries());
        return page(query, ranked, relevance.wordsQuery(text));
    }

    /**
     * The benchmark's anchor: a plain {@code multi_match} over the same fields and weights, with the same
     * filters, facets and highlights, in one round trip: what the cheapest search worth the name costs.
     */
    SearchRequest plain(SearchQuery query) {
        String text = query.q();
        if (text == null) {
            return page(query, Query.of(q -> q.matchAll(m -> m)), null);
        }
        Query plain = Query.of(q ->
                q.multiMatch(m -> m.query(text).fields(SearchRelevance.FIELDS).type(TextQueryType.BestFields)));
        return page(query, plain, plain);
    }

    /** A page of {@code ranked}; browsing (no {@code words}) sorts by last update and highlights nothing. */
    private SearchRequest page(SearchQuery query, Query ranked, @Nullable Query words) {
        return SearchRequest.of(s -> {
            s.index(index.alias())
                    .from(query.page() * query.size())
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .trackScores(true)
                    .source(src -> src.filter(f -> f.includes(Listing.FIELDS)))
                    .query(q -> q.bool(b -> b.must(ranked).filter(sharedFilters(query))))
                    .postFilter(p -> p.bool(b -> b.filter(facetFilters(query, null))))
                    .aggregations(INDUSTRY, facet("industries", facetFilters(query, INDUSTRY), 10))
                    .aggregations(SCENE, facet("scenes", facetFilters(query, SCENE), 30))
                    .aggregations(DELIVERY_MODE, facet("deliveryMode", facetFilters(query, DELIVERY_MODE), 5));
            if (words == null) {
                s.sort(o -> o.field(f -> f.field("updatedAt").order(SortOrder.Desc)));
            } else {
                s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc))).highlight(highlight(words));
            }
            // Equal scores (or dates) keep one order between requests and pages.
            return s.sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
        });
    }

    /**
     * Highlights of what {@code words} match. Results pass their words alone: handed the whole ranked
     * query (scene and neighbour clauses, standing) the highlighter made the same fragments and took
     * 12–14 ms more of a 60–70 ms results request at 100,000 solutions; the phrase clauses of the text
     * query cost 6 ms more of about 38 and only joined adjacent words into one mark, which
     * {@link HitMapper} does for every field (docs/benchmarks.md).
     */
    private static Highlight highlight(Query words) {
        // Encoded: a listing's own text comes back HTML-escaped, so the only markup is our <em>.
        return Highlight.of(h -> h.type(HighlighterType.Unified)
                .highlightQuery(words)
                .encoder(HighlighterEncoder.Html)
                .fields(List.of(
                        whole("name"),
                        whole("summary"),
                        NamedValue.of(
                                "description",
                                HighlightField.of(f -> f.fragmentSize(80).numberOfFragments(2))),
                        whole("keywords"))));
    }

    private static NamedValue<HighlightField> whole(String field) {
        return NamedValue.of(field, HighlightField.of(f -> f.numberOfFragments(0)));
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
        Boolean openApi = query.openApi();
        if (openApi != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("openApi").value(openApi))));
        }
        return filters;
    }

    /** The facet filters, leaving out the one named {@code except} (null: all of them). */
    private static List<Query> facetFilters(SearchQuery query, @Nullable String except) {
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

    static Query terms(String field, List<String> values) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
    }

    /**
     * A facet: the codes of {@code field} among the results under {@code filters}. Without filters it is
     * a plain terms aggregation; wrapping it in a filter that matches everything cost 3–4 ms more per
     * facet at 100,000 solutions (docs/benchmarks.md).
     */
    private static Aggregation facet(String field, List<Query> filters, int size) {
        Aggregation codes = Aggregation.of(a -> a.terms(t -> t.field(field).size(size)));
        if (filters.isEmpty()) {
            return codes;
        }
        return Aggregation.of(a -> a.filter(f -> f.bool(b -> b.filter(filters))).aggregations(CODES, codes));
    }
}
