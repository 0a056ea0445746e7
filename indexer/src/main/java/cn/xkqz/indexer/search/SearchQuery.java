package cn.xkqz.indexer.search;

import cn.xkqz.catalog.solution.DeliveryMode;
import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.catalog.validation.Violations;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A search of the solution pool. Within a filter the values are alternatives (OR); different filters
 * must all hold (AND). An empty {@code q} browses.
 *
 * @param priceMax only solutions whose lowest price is within this many yuan
 */
public record SearchQuery(
        @Nullable String q,
        List<String> industries,
        List<String> scenes,
        List<DeliveryMode> deliveryModes,
        @Nullable Long priceMax,
        @Nullable Boolean openApi,
        int page,
        int size) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_DEPTH = 10_000;
    public static final int MAX_QUERY_LENGTH = 100;

    public SearchQuery {
        q = q == null || q.isBlank() ? null : q.strip();
        industries = List.copyOf(industries);
        scenes = List.copyOf(scenes);
        deliveryModes = List.copyOf(deliveryModes);
    }

    /** Every rule the query breaks, reported together. */
    public void check(Taxonomy.Codes codes, Violations violations) {
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            violations.add("q", "搜索词不能超过" + MAX_QUERY_LENGTH + "个字");
        }
        violations.requireKnownCodes("industry", industries, codes.industries(), "行业");
        violations.requireKnownCodes("scene", scenes, codes.scenes(), "场景");
        if (priceMax != null && priceMax < 0) {
            violations.add("priceMax", "不能小于0");
        }
        if (page < 0) {
            violations.add("page", "不能小于0");
        }
        if (size < 1 || size > MAX_SIZE) {
            violations.add("size", "必须在1到" + MAX_SIZE + "之间");
        } else if (((long) page + 1) * size > MAX_DEPTH) {
            violations.add("page", "最多只能翻到第" + MAX_DEPTH + "条结果，请加筛选条件缩小范围");
        }
    }
}
