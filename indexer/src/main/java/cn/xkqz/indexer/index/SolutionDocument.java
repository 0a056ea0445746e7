package cn.xkqz.indexer.index;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A searchable solution as stored in Elasticsearch (see {@code search/solutions-index.json}).
 * {@code lastConfirmedAt} is missing from documents indexed before it existed; {@code vector}, the solution's
 * semantic vector, is written but never read back (the mapping keeps it out of {@code _source}), its numbers
 * rounded to six decimals ({@link VectorJson}).
 */
public record SolutionDocument(
        String id,
        String providerId,
        String providerName,
        String name,
        String summary,
        String description,
        List<String> keywords,
        String cases,
        List<String> industries,
        List<String> scenes,
        String deliveryMode,
        long priceMin,
        long priceMax,
        int deliveryDays,
        boolean openApi,
        Instant updatedAt,
        @Nullable Instant lastConfirmedAt,
        List<Completion> suggest,
        @JsonSerialize(using = VectorJson.class) float @Nullable [] vector) {

    /** Inputs of the search box's completion suggester; of one document, the heaviest match is offered. */
    public record Completion(List<String> input, int weight) {}
}
