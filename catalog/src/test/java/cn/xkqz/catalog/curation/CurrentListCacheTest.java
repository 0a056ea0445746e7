package cn.xkqz.catalog.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

class CurrentListCacheTest {

    private final MovableClock clock = new MovableClock();
    private final CurrentListCache cache = new CurrentListCache(clock);
    private final AtomicInteger loads = new AtomicInteger();
    private final UUID first = UUID.randomUUID();

    @Test
    void answersFromMemoryForThirtySecondsThenLoadsAgain() {
        assertThat(cache.get(this::load).block()).containsExactly(first);
        clock.advance(Duration.ofSeconds(29));
        assertThat(cache.get(this::load).block()).containsExactly(first);
        assertThat(loads).hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        cache.get(this::load).block();
        assertThat(loads).hasValue(2);
    }

    @Test
    void clearingLoadsAtOnce() {
        cache.get(this::load).block();
        cache.clear();
        cache.get(this::load).block();
        assertThat(loads).hasValue(2);
    }

    @Test
    void aLoadUnderWayWhenClearedIsNotKept() {
        Sinks.One<Set<UUID>> stale = Sinks.one();
        Mono<Set<UUID>> waiting = cache.get(stale::asMono);
        waiting.subscribe();
        cache.clear();
        stale.tryEmitValue(Set.of(UUID.randomUUID()));

        assertThat(cache.get(this::load).block()).containsExactly(first);
        assertThat(loads).hasValue(1);
    }

    private Mono<Set<UUID>> load() {
        return Mono.fromSupplier(() -> {
            loads.incrementAndGet();
            return Set.of(first);
        });
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
