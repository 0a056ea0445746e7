package cn.xkqz.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A Bucket4j token bucket per client: {@code burst} tokens, refilled greedily at {@code perMinute} a
 * minute. The buckets sit in a Caffeine cache that drops a client idle long enough to be full again
 * (so dropping changes nothing) and holds at most {@code maxClients}, so memory stays bounded.
 */
final class RateLimiter {

    static final int MAX_CLIENTS = 100_000;

    private final Bandwidth limit;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    RateLimiter(int perMinute, int burst, Clock clock) {
        this(perMinute, burst, MAX_CLIENTS, clock);
    }

    RateLimiter(int perMinute, int burst, int maxClients, Clock clock) {
        if (perMinute <= 0 || burst <= 0) {
            throw new IllegalArgumentException(
                    "xkqz.limits.requests-per-minute and xkqz.limits.burst must be positive");
        }
        this.limit = Bandwidth.builder()
                .capacity(burst)
                .refillGreedy(perMinute, Duration.ofMinutes(1))
                .build();
        this.time = new ClockTime(clock);
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(timeToFill(perMinute, burst))
                .maximumSize(maxClients)
                .ticker(time::currentTimeNanos)
                // Housekeeping on the caller's thread: cheap, and it keeps the common pool out of it.
                .executor(Runnable::run)
                .build();
    }

    /** Zero when {@code client} may go ahead (and is charged), else how long until it may. */
    Duration acquire(String client) {
        ConsumptionProbe probe = buckets.get(client, c -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    /** How many clients have a bucket now (after due housekeeping); for tests. */
    long clients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(limit).withCustomTimePrecision(time).build();
    }

    /** An empty bucket is full again after this long (plus a second to spare), so one idle as long may go. */
    private static Duration timeToFill(int perMinute, int burst) {
        return Duration.ofMinutes(1).multipliedBy(burst).dividedBy(perMinute).plusSeconds(1);
    }

    private record ClockTime(Clock clock) implements TimeMeter {

        /** One reading of the clock: two could straddle a second and step back nearly a second. */
        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
