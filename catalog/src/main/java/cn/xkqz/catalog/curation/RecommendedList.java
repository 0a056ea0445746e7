package cn.xkqz.catalog.curation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A recommended list: DRAFT while the bureau curates it, PUBLISHED (and frozen) afterwards. */
public record RecommendedList(
        UUID id,
        String title,
        String period,
        Status status,
        @Nullable Instant publishedAt,
        Instant createdAt,
        List<RecommendedEntry> entries) {

    public enum Status {
        DRAFT,
        PUBLISHED
    }
}
