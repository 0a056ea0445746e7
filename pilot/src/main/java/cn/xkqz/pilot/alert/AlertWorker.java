package cn.xkqz.pilot.alert;

import cn.xkqz.catalog.outbox.ChangedRecord;
import cn.xkqz.catalog.outbox.Outbox;
import cn.xkqz.catalog.outbox.OutboxEvent;
import cn.xkqz.indexer.SearchProperties;
import cn.xkqz.indexer.SearchUnavailableException;
import cn.xkqz.indexer.index.NeedIndex;
import cn.xkqz.indexer.rebuild.IndexBootstrap;
import cn.xkqz.indexer.sync.PollingLoop;
import cn.xkqz.matching.reverse.ReverseMatching;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Follows the outbox's NEED and LISTING events: a changed diagnosis is saved to the need index, a
 * listing is matched against the saved needs and its fits stored as alerts. Like the search sync, it
 * loses nothing while Elasticsearch is down: the events wait and are taken again when it is back.
 */
@Component
class AlertWorker implements SmartLifecycle {

    private static final Log log = LogFactory.getLog(AlertWorker.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration WAIT = Duration.ofSeconds(1);
    private static final int BATCH = 50;

    private final Outbox outbox;
    private final ReverseMatching reverse;
    private final Alerts alerts;
    private final NeedIndex needs;
    private final AlertRepository backfill;
    private final IndexBootstrap bootstrap;
    private final SearchProperties properties;
    private final TransactionalOperator transactions;
    private final PollingLoop loop;
    private final Timer listings;
    private volatile boolean needIndexReady;

    AlertWorker(
            Outbox outbox,
            ReverseMatching reverse,
            Alerts alerts,
            NeedIndex needs,
            AlertRepository backfill,
            IndexBootstrap bootstrap,
            SearchProperties properties,
            TransactionalOperator transactions,
            MeterRegistry meters) {
        this.outbox = outbox;
        this.reverse = reverse;
        this.alerts = alerts;
        this.needs = needs;
        this.backfill = backfill;
        this.bootstrap = bootstrap;
        this.properties = properties;
        this.transactions = transactions;
        this.loop = new PollingLoop("Alerts for saved needs", properties.pollInterval(), this::drain);
        this.listings = Timer.builder("xkqz.alerts.listing")
                .description("Reverse matching of one listed solution against the saved needs, alerts stored")
                .register(meters);
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

    @Override
    public void stop(Runnable callback) {
        loop.stop(Duration.ofSeconds(10), Mono::empty, callback);
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    Mono<Void> drain() {
        if (!bootstrap.isReady()) {
            return Mono.empty();
        }
        return needIndex()
                .then(outbox.claim(ChangedRecord.Type.ALERTS, BATCH, LEASE).collectList())
                .flatMapMany(Flux::fromIterable)
                .concatMap(this::handle)
                .then();
    }

    /** Creates the need index once; when it is new, every diagnosed enterprise's need is queued for it. */
    private Mono<Void> needIndex() {
        if (needIndexReady) {
            return Mono.empty();
        }
        return needs.createIfMissing()
                .flatMap(created -> created
                        ? transactions.transactional(backfill.queueEveryNeed()).then()
                        : Mono.empty())
                .doOnSuccess(done -> needIndexReady = true);
    }

    private Mono<Void> handle(OutboxEvent event) {
        Mono<Void> work = switch (event.record().type()) {
            case NEED -> reverse.save(event.record().id());
            case LISTING -> listing(event);
            case SOLUTION, PROVIDER -> Mono.empty();
        };
        return work.then(outbox.complete(List.of(event.id()))).onErrorResume(error -> settleFailure(event, error));
    }

    /** The listing's fits, stored as alerts; how long that takes is the {@code xkqz.alerts.listing} timer. */
    private Mono<Void> listing(OutboxEvent event) {
        return Mono.defer(() -> {
            long start = System.nanoTime();
            return reverse.fits(event.record().id())
                    .collectList()
                    .flatMap(fits -> transactions.transactional(alerts.store(fits)))
                    .doOnSuccess(stored -> listings.record(System.nanoTime() - start, TimeUnit.NANOSECONDS))
                    .then();
        });
    }

    private Mono<Void> settleFailure(OutboxEvent event, Throwable error) {
        if (error instanceof ReverseMatching.NotIndexedYet || error instanceof SearchUnavailableException) {
            return outbox.retryLater(List.of(event.id()), WAIT, error.getMessage(), false);
        }
        if (event.attempts() >= properties.maxAttempts()) {
            log.error("Parking alert event " + event.id() + " (" + event.record() + "): " + error.getMessage(), error);
            return outbox.park(event.id(), String.valueOf(error.getMessage()));
        }
        return outbox.retryLater(
                List.of(event.id()), Outbox.backoff(event.attempts()), String.valueOf(error.getMessage()), true);
    }
}
