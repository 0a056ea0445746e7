package cn.xkqz.indexer.search;

import cn.xkqz.catalog.solution.DeliveryMode;
import cn.xkqz.catalog.solution.PriceRange;
import java.util.List;
import java.util.Map;

/** One page of search hits with the facet counts of the whole result. */
public record SearchResult(long total, int page, int size, List<Hit> items, Map<String, List<FacetCount>> facets) {

    /**
     * A found solution, with the fragments of its text that matched, the matches in {@code <em>}.
     * {@code recommended}: on the bureau's current recommended list; {@code stale}: not confirmed by its
     * provider for 12 months.
     */
    public record Hit(
            String id,
            String name,
            String summary,
            String providerId,
            String providerName,
            List<String> industries,
            List<String> scenes,
            DeliveryMode deliveryMode,
            PriceRange priceYuan,
            boolean openApi,
            double score,
            Map<String, List<String>> highlights,
            boolean recommended,
            boolean stale) {}

    public record FacetCount(String code, long count) {}
}
