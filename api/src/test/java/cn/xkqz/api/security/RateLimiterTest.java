package cn.xkqz.api.security;

import static org.assertj.core.api.Assertions.assertThat;

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
}
