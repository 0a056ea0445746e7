package cn.xkqz.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-28T00:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void aBurstIsAllowedThenTheRateApplies() {
        RateLimiter limiter = new RateLimiter(60, 3, clock);

        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        Duration wait = limiter.acquire("a");

        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
        now.set(now.get().plus(wait));
        assertThat(limiter.acquire("a")).isZero();
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        RateLimiter limiter = new RateLimiter(60, 1, clock);

        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isPositive();
        assertThat(limiter.acquire("b")).isZero();
    }

    @Test
    void anIdleClientIsFullAgain() {
        RateLimiter limiter = new RateLimiter(600, 2, clock);
        limiter.acquire("a");
        limiter.acquire("a");

        now.set(now.get().plus(Duration.ofMinutes(5)));

        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
    }

    @Test
    void theRetryAfterIsTheTimeToTheNextToken() {
        RateLimiter limiter = new RateLimiter(60, 1, clock);
        limiter.acquire("a");

        assertThat(limiter.acquire("a")).isEqualTo(Duration.ofSeconds(1));
        now.set(now.get().plusMillis(400));
        assertThat(limiter.acquire("a")).isEqualTo(Duration.ofMillis(600));
    }

    /** A bucket idle long enough to be full again is dropped: a new one is the same, and memory goes. */
    @Test
    void aClientIdleUntilFullIsForgotten() {
        RateLimiter limiter = new RateLimiter(60, 2, clock);
        limiter.acquire("a");
        limiter.acquire("a");

        now.set(now.get().plusSeconds(1));
        limiter.acquire("b");
        assertThat(limiter.clients()).isEqualTo(2);

        now.set(now.get().plusSeconds(4));
        assertThat(limiter.clients()).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isPositive();
    }

    @Test
    void theNumberOfClientsIsBounded() {
        RateLimiter limiter = new RateLimiter(60, 1, 10, clock);

        for (int i = 0; i < 1_000; i++) {
            limiter.acquire("client-" + i);
        }

        assertThat(limiter.clients()).isLessThanOrEqualTo(10);
    }

    @Test
    void aRateOrBurstOfZeroIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimiter(0, 1, clock));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimiter(60, 0, clock));
    }
}
