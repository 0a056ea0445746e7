package cn.xkqz.api.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: {@code burst} tokens, refilled at {@code perMinute} a minute. Buckets of
 * clients that have been idle long enough to be full again are dropped, so memory stays bounded.
 */
final class RateLimiter {

    private static final int MAX_CLIENTS = 100_000;

    private final double capacity;
    private final double refillPerNano;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, int burst, Clock clock) {
        this.capacity = burst;
        this.refillPerNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
        this.clock = clock;
    }

    /** Zero when {@code client} may go ahead (and is charged), else how long until it may. */
    Duration acquire(String client) {
        long now = nanos();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(b -> b.level(now) >= capacity);
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(capacity, now)).take(now);
    }

    /** One reading of the clock: two could straddle a second and step back nearly a second. */
    private long nanos() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized double level(long now) {
            return Math.min(capacity, tokens + (now - updated) * refillPerNano);
        }

        synchronized Duration take(long now) {
            tokens = level(now);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - tokens) / refillPerNano));
        }
    }
}
