package cn.xkqz.catalog.curation;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;

/**
 * The solutions of the current recommended list, kept briefly: every search and match page asks for
 * them. Publishing here clears it once the publication commits; other app instances see a newly
 * published list within {@link #TTL}.
 */
@Component
class CurrentListCache {

    private static final Duration TTL = Duration.ofSeconds(30);
    private static final String CURRENT = "current";

    private final AsyncCache<String, Set<UUID>> cache;

    /** Expiry follows the app's {@code clock}, so that tests can move time. */
    CurrentListCache(Clock clock) {
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(TTL)
                .ticker(() -> nanos(clock.instant()))
                .buildAsync();
    }

    /**
     * The cached ids while fresh, else what {@code load} gives (then kept). Concurrent callers share one
     * load. It runs without the caller's context, so outside any transaction of theirs: only committed
     * lists are cached. A caller that cancels does not cancel the load the others wait for.
     */
    Mono<Set<UUID>> get(Supplier<Mono<Set<UUID>>> load) {
        return Mono.fromFuture(
                () -> cache.get(
                        CURRENT, (key, executor) -> load.get().map(Set::copyOf).toFuture()),
                true);
    }

    /**
     * Clears the cache when the current transaction commits: cleared any earlier, a reader could load
     * the list still current until then and keep it for {@link #TTL}. A load under way when it is
     * cleared is dropped rather than kept.
     */
    Mono<Void> clearAfterCommit() {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .doOnNext(transaction -> transaction.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public Mono<Void> afterCommit() {
                        return Mono.fromRunnable(CurrentListCache.this::clear);
                    }
                }))
                .then();
    }

    void clear() {
        cache.synchronous().invalidateAll();
    }

    private static long nanos(Instant instant) {
        return TimeUnit.SECONDS.toNanos(instant.getEpochSecond()) + instant.getNano();
    }
}
