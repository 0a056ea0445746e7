package cn.xkqz.catalog.curation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The solutions of the current recommended list, kept briefly: every search and match page asks for
 * them. Publishing here clears it at once; other app instances see a newly published list within
 * {@link #TTL}.
 */
@Component
class CurrentListCache {

    private static final Duration TTL = Duration.ofSeconds(30);

    private final Clock clock;
    private volatile Cached cached = Cached.NONE;

    CurrentListCache(Clock clock) {
        this.clock = clock;
    }

    /** The cached ids while fresh, else what {@code load} gives (then kept). */
    Mono<Set<UUID>> get(Supplier<Mono<Set<UUID>>> load) {
        Cached current = cached;
        if (current.loadedAt().plus(TTL).isAfter(clock.instant())) {
            return Mono.just(current.ids());
        }
        return load.get().doOnNext(ids -> cached = new Cached(Set.copyOf(ids), clock.instant()));
    }

    void clear() {
        cached = Cached.NONE;
    }

    private record Cached(Set<UUID> ids, Instant loadedAt) {
        static final Cached NONE = new Cached(Set.of(), Instant.MIN);
    }
}
