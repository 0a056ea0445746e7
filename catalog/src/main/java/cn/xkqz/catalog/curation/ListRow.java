package cn.xkqz.catalog.curation;

import static cn.xkqz.catalog.Columns.required;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A row of {@code recommended_list}; {@code snapshot} is the frozen entries of a published list. */
record ListRow(
        UUID id,
        String title,
        String period,
        RecommendedList.Status status,
        byte @Nullable [] snapshot,
        @Nullable Instant publishedAt,
        Instant createdAt) {

    static ListRow of(Readable row) {
        Json snapshot = row.get("snapshot", Json.class);
        return new ListRow(
                required(row, "id", UUID.class),
                required(row, "title", String.class),
                required(row, "period", String.class),
                RecommendedList.Status.valueOf(required(row, "status", String.class)),
                snapshot == null ? null : snapshot.asArray(),
                row.get("published_at", Instant.class),
                required(row, "created_at", Instant.class));
    }
}
