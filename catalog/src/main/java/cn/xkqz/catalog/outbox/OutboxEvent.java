package cn.xkqz.catalog.outbox;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A claimed or parked outbox row. {@code attempts} counts claims, this one included. */
public record OutboxEvent(
        long id,
        ChangedRecord record,
        Instant createdAt,
        int attempts,
        @Nullable String lastError,
        @Nullable Instant parkedAt) {}
