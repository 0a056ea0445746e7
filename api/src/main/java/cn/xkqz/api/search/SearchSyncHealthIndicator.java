package cn.xkqz.api.search;

import cn.xkqz.catalog.outbox.Outbox;
import cn.xkqz.catalog.outbox.OutboxStats;
import cn.xkqz.indexer.sync.SearchSync;
import cn.xkqz.indexer.sync.SyncState;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * {@code searchSync} health: down when this instance's outbox worker has stopped or its last pass ended
 * longer ago than a claim's lease (it hangs), so that liveness restarts the instance instead of search
 * silently going stale. Details: the sync lag (age of the oldest waiting change), waiting and parked
 * events. A lag alone (Elasticsearch down, a big backlog) is reported, not turned into DOWN.
 */
@Component
class SearchSyncHealthIndicator extends AbstractReactiveHealthIndicator {

    private static final Duration HUNG = Duration.ofMinutes(2);

    private final SearchSync sync;
    private final Outbox outbox;

    SearchSyncHealthIndicator(SearchSync sync, Outbox outbox) {
        this.sync = sync;
        this.outbox = outbox;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        SyncState state = sync.state();
        if (state.enabled() && !state.running()) {
            builder.down().withDetail("reason", "the search sync loop has stopped");
        } else if (state.enabled() && state.lastRun().isBefore(Instant.now().minus(HUNG))) {
            builder.down().withDetail("reason", "the search sync has not finished a pass since " + state.lastRun());
        } else {
            builder.up();
        }
        builder.withDetail("syncEnabled", state.enabled()).withDetail("lastRun", state.lastRun());
        return outbox.stats().map(stats -> withLag(builder, stats).build());
    }

    private static Health.Builder withLag(Health.Builder builder, OutboxStats stats) {
        double lagSeconds = stats.oldestAgeSeconds(Instant.now());
        return builder.withDetail("lagSeconds", lagSeconds)
                .withDetail("pending", stats.pending())
                .withDetail("parked", stats.parked());
    }
}
