package cn.xkqz.catalog.outbox;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** How far behind the index is: events waiting (not parked), the oldest one's time, parked events. */
public record OutboxStats(long pending, @Nullable Instant oldestPending, long parked) {}
