package cn.xkqz.catalog.curation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A row of {@code recommended_list}; {@code snapshot} is the frozen entries of a published list. */
@Table("recommended_list")
record ListRow(
        @Id UUID id,
        String title,
        String period,
        RecommendedList.Status status,
        @Nullable FrozenEntries snapshot,
        @Nullable Instant publishedAt,
        Instant createdAt) {

    /** This list published at {@code now}, with {@code entries} frozen as its snapshot. */
    ListRow published(FrozenEntries entries, Instant now) {
        return new ListRow(id, title, period, RecommendedList.Status.PUBLISHED, entries, now, createdAt);
    }
}
