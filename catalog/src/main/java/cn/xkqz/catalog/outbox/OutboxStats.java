package cn.xkqz.catalog.outbox;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** How far behind the index is: events waiting (not parked), the oldest one's time, parked events. */
public record OutboxStats(long pending, @Nullable Instant oldestPending, long parked) {

    /** The sync lag: seconds the oldest waiting event has waited at {@code now}, 0 when none waits. */
    public double oldestAgeSeconds(Instant now) {
        Instant oldest = oldestPending;
        return oldest == null ? 0 : Duration.between(oldest, now).toMillis() / 1000.0;
    }
}
