package cn.xkqz.indexer.sync;

import cn.xkqz.catalog.outbox.ChangedRecord;
import cn.xkqz.catalog.outbox.Outbox;
import cn.xkqz.catalog.outbox.OutboxEvent;
import cn.xkqz.indexer.SearchProperties;
import cn.xkqz.indexer.SearchUnavailableException;
import cn.xkqz.indexer.index.BulkWriter;
import cn.xkqz.indexer.index.SolutionIndex;
import cn.xkqz.indexer.rebuild.IndexBootstrap;
import cn.xkqz.indexer.rebuild.RebuildJobs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps the search index following the catalogue. Claims due outbox events, loads the current state
 * of the solutions they touch ({@link SolutionChanges}), sends it with
 * {@link BulkWriter}, and settles each event: done, retried later with back-off, or parked after
 * {@code maxAttempts} refusals. While Elasticsearch is down nothing is lost or parked: events wait and
 * the worker pauses, then drains the backlog by itself.
 */
@Component
class OutboxWorker implements SmartLifecycle, SearchSync {

    private static final Log log = LogFactory.getLog(OutboxWorker.class);
    /** How long a claim holds events; the index keeps deletes' versions longer (index.gc_deletes). */
    static final Duration LEASE = Duration.ofMinutes(2);

    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);
    private static final Duration OUTAGE_PAUSE = Duration.ofSeconds(3);

    private final Outbox outbox;
    private final SolutionChanges changes;
    private final RebuildJobs rebuilds;
    private final SolutionIndex index;
    private final IndexBootstrap bootstrap;
    private final SearchProperties properties;
    private final SyncMetrics metrics;
    private final PollingLoop loop;
    private final Set<Long> claimed = ConcurrentHashMap.newKeySet();
    private volatile Instant pausedUntil = Instant.MIN;

    OutboxWorker(
            Outbox outbox,
            SolutionChanges changes,
            RebuildJobs rebuilds,
            SolutionIndex index,
            IndexBootstrap bootstrap,
            SearchProperties properties,
            SyncMetrics metrics) {
        this.outbox = outbox;
        this.changes = changes;
        this.rebuilds = rebuilds;
        this.index = index;
        this.bootstrap = bootstrap;
        this.properties = properties;
        this.metrics = metrics;
        this.loop = new PollingLoop("Search sync", properties.pollInterval(), this::drain);
    }

    @Override
    public void start() {
        if (properties.syncEnabled()) {
            loop.start();
        }
    }

    @Override
    public void stop() {
        stop(() -> {});
    }

    /** Lets the batch in progress finish; one still running after the grace period is released, not leased. */
    @Override
    public void stop(Runnable callback) {
        loop.stop(SHUTDOWN_GRACE, this::releaseClaimed, callback);
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    /** Whether the sync runs here, and when its last pass ended (health: a loop that stopped or hangs). */
    @Override
    public SyncState state() {
        return new SyncState(properties.syncEnabled(), loop.isRunning(), loop.lastRun());
    }

    private Mono<Void> releaseClaimed() {
        return outbox.retryLater(List.copyOf(claimed), Duration.ZERO, "released at shutdown", false);
    }

    /** Processes batches until the outbox has no due events (or Elasticsearch is down). */
    Mono<Void> drain() {
        if (!bootstrap.isReady() || Instant.now().isBefore(pausedUntil)) {
            return Mono.empty();
        }
        return processBatch()
                .expand(size ->
                        size == properties.syncBatchSize() && !loop.isStopping() ? processBatch() : Mono.empty())
                .then()
                .onErrorResume(error -> {
                    log.warn("Search sync batch failed; will retry: " + error.getMessage());
                    return Mono.empty();
                });
    }

    private Mono<Integer> processBatch() {
        return outbox.claim(ChangedRecord.Type.SEARCH, properties.syncBatchSize(), LEASE)
                .doOnNext(event -> claimed.add(event.id()))
                .collectList()
                .flatMap(events -> events.isEmpty()
                        ? Mono.just(0)
                        : sync(events)
                                .thenReturn(events.size())
                                // Not on cancel: a batch cancelled at shutdown is released from `claimed`.
                                .doOnTerminate(() -> settled(events)));
    }

    private void settled(List<OutboxEvent> events) {
        events.forEach(event -> claimed.remove(event.id()));
    }

    private Mono<Void> sync(List<OutboxEvent> events) {
        return Mono.zip(targets(), changes.touched(events))
                .flatMap(ctx -> changes.send(ctx.getT2(), ctx.getT1())
                        .flatMap(failures -> settle(events, ctx.getT2(), failures)))
                .onErrorResume(SearchUnavailableException.class, outage -> waitOut(events, outage));
    }

    /** The alias, and while a rebuild runs its new index too, so the rebuild misses nothing. */
    private Mono<List<String>> targets() {
        return rebuilds.running()
                .map(running -> running ? List.of(index.alias(), index.rebuildAlias()) : List.of(index.alias()));
    }

    private Mono<Void> settle(
            List<OutboxEvent> events, Map<Long, Set<UUID>> touched, Map<UUID, BulkWriter.ItemFailure> failures) {
        List<Long> done = new ArrayList<>();
        List<Long> outage = new ArrayList<>();
        Map<OutboxEvent, String> refused = new HashMap<>();
        for (OutboxEvent event : events) {
            // touched has an entry for every event (SolutionChanges.touched).
            List<BulkWriter.ItemFailure> own = Objects.requireNonNull(touched.get(event.id())).stream()
                    .map(failures::get)
                    .filter(f -> f != null)
                    .toList();
            if (own.isEmpty()) {
                done.add(event.id());
                metrics.indexed(event.createdAt());
            } else if (own.stream().allMatch(BulkWriter.ItemFailure::outage)) {
                outage.add(event.id());
            } else {
                refused.put(event, own.getFirst().reason());
            }
        }
        return outbox.complete(done)
                .then(outbox.retryLater(outage, OUTAGE_PAUSE, "Elasticsearch busy or unavailable", false))
                .then(Flux.fromIterable(refused.entrySet())
                        .concatMap(e -> retryOrPark(e.getKey(), e.getValue()))
                        .then());
    }

    private Mono<Void> retryOrPark(OutboxEvent event, String reason) {
        if (event.attempts() >= properties.maxAttempts()) {
            log.error("Parking outbox event " + event.id() + " (" + event.record() + ") after " + event.attempts()
                    + " refusals: " + reason);
            metrics.parked();
            return outbox.park(event.id(), reason);
        }
        metrics.retried();
        return outbox.retryLater(List.of(event.id()), Outbox.backoff(event.attempts()), reason, true);
    }

    private Mono<Void> waitOut(List<OutboxEvent> events, SearchUnavailableException outage) {
        pausedUntil = Instant.now().plus(OUTAGE_PAUSE);
        log.warn("Elasticsearch unavailable; " + events.size() + " index changes wait in the outbox: "
                + outage.getMessage());
        return outbox.retryLater(
                events.stream().map(OutboxEvent::id).toList(), OUTAGE_PAUSE, outage.getMessage(), false);
    }
}
