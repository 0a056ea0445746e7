package cn.xkqz.indexer.search;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a search hit shows of a solution's document; the rest (description, cases, completions) stays in
 * the index. A page of 20 hits is about half the bytes it was with whole documents (35 → 20 KB) and is
 * read and parsed that much faster (docs/benchmarks.md).
 */
record Listing(
        String id,
        String providerId,
        String providerName,
        String name,
        String summary,
        List<String> industries,
        List<String> scenes,
        String deliveryMode,
        long priceMin,
        long priceMax,
        boolean openApi,
        @Nullable Instant lastConfirmedAt) {

    /** The document fields a hit fetches (its {@code _source} filter): this record's components. */
    static final List<String> FIELDS = Arrays.stream(Listing.class.getRecordComponents())
            .map(RecordComponent::getName)
            .toList();
}
