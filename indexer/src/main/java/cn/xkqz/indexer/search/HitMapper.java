package cn.xkqz.indexer.search;

import cn.xkqz.catalog.solution.DeliveryMode;
import cn.xkqz.catalog.solution.PriceRange;
import cn.xkqz.catalog.solution.Solution;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.TotalHits;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Search responses as the results readers get: hits with their badges, and the facet counts. */
final class HitMapper {

    /** Where one highlighted word ends and the next begins with nothing between. */
    private static final String ADJACENT_MARKS = "</em><em>";

    private HitMapper() {}

    /** What the badges of a page of hits depend on: the current recommended list, and now. */
    record Standing(Set<UUID> recommended, Instant now) {}

    static SearchResult result(SearchQuery query, SearchResponse<Listing> response, Standing standing) {
        List<SearchResult.Hit> hits = hits(response, standing);
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        for (String facet : SearchRequests.FACETS) {
            facets.put(facet, facetCounts(response, facet));
        }
        TotalHits totalHits = response.hits().total();
        long total = totalHits == null ? hits.size() : totalHits.value();
        return new SearchResult(total, query.page(), query.size(), hits, facets);
    }

    /** A facet is a terms aggregation, inside a filter aggregation when other facets narrow it (SearchRequests). */
    private static List<SearchResult.FacetCount> facetCounts(SearchResponse<Listing> response, String facet) {
        Aggregate aggregate = Objects.requireNonNull(response.aggregations().get(facet), facet);
        Aggregate codes = aggregate.isFilter()
                ? Objects.requireNonNull(aggregate.filter().aggregations().get(SearchRequests.CODES), facet)
                : aggregate;
        return codes.sterms().buckets().array().stream().map(HitMapper::count).toList();
    }

    static List<SearchResult.Hit> hits(SearchResponse<Listing> response, Standing standing) {
        return response.hits().hits().stream().map(h -> hit(h, standing)).toList();
    }

    private static SearchResult.FacetCount count(StringTermsBucket bucket) {
        return new SearchResult.FacetCount(bucket.key().stringValue(), bucket.docCount());
    }

    /**
     * Words matched side by side read as one mark: {@code <em>碳排放核算</em>}, not {@code
     * <em>碳排放</em><em>核算</em>}. Highlights are HTML-encoded, so this sequence is only ever our own markup.
     */
    private static Map<String, List<String>> joinAdjacentMarks(Map<String, List<String>> highlights) {
        Map<String, List<String>> joined = new LinkedHashMap<>();
        highlights.forEach((field, fragments) -> joined.put(
                field,
                fragments.stream().map(f -> f.replace(ADJACENT_MARKS, "")).toList()));
        return joined;
    }

    private static SearchResult.Hit hit(Hit<Listing> hit, Standing standing) {
        // Searches fetch the listing's fields of every hit (Listing.FIELDS).
        Listing doc = Objects.requireNonNull(hit.source(), "hit without _source");
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
                joinAdjacentMarks(hit.highlight()),
                standing.recommended().contains(UUID.fromString(doc.id())),
                doc.lastConfirmedAt() != null && Solution.staleAt(doc.lastConfirmedAt(), standing.now()));
    }
}
