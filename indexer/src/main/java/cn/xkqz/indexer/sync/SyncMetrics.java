package cn.xkqz.indexer.sync;

import cn.xkqz.catalog.outbox.Outbox;
import cn.xkqz.catalog.outbox.OutboxStats;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * Sync lag as metrics: {@code xkqz.search.sync.lag} (commit to indexed, per event),
 * {@code xkqz.search.sync.events} by outcome, and the outbox gauges {@code xkqz.outbox.pending},
 * {@code xkqz.outbox.oldest.age} (seconds) and {@code xkqz.outbox.parked}, read every 10 s.
 */
@Component
class SyncMetrics implements DisposableBean {

    private final Timer lag;
    private final Counter indexed;
    private final Counter retried;
    private final Counter parked;
    private final AtomicReference<OutboxStats> stats = new AtomicReference<>(new OutboxStats(0, null, 0));
    private final Disposable refresh;

    SyncMetrics(MeterRegistry registry, Outbox outbox) {
        this.lag = Timer.builder("xkqz.search.sync.lag")
                .description("Time from a catalogue change to its index update")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        this.indexed = outcome(registry, "indexed");
        this.retried = outcome(registry, "retried");
        this.parked = outcome(registry, "parked");
        Gauge.builder("xkqz.outbox.pending", stats, s -> s.get().pending()).register(registry);
        Gauge.builder("xkqz.outbox.parked", stats, s -> s.get().parked()).register(registry);
        Gauge.builder("xkqz.outbox.oldest.age", stats, s -> ageSeconds(s.get()))
                .baseUnit("seconds")
                .register(registry);
        this.refresh = Flux.interval(Duration.ZERO, Duration.ofSeconds(10))
                .concatMap(tick -> outbox.stats().onErrorComplete(), 1)
                .subscribe(stats::set);
    }

    private static Counter outcome(MeterRegistry registry, String outcome) {
        return Counter.builder("xkqz.search.sync.events")
                .tag("outcome", outcome)
                .register(registry);
    }

    private static double ageSeconds(OutboxStats stats) {
        return stats.oldestAgeSeconds(Instant.now());
    }

    void indexed(Instant changedAt) {
        indexed.increment();
        lag.record(Duration.between(changedAt, Instant.now()));
    }

    void retried() {
        retried.increment();
    }

    void parked() {
        parked.increment();
    }

    @Override
    public void destroy() {
        refresh.dispose();
    }
}
