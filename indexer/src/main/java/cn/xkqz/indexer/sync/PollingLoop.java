package cn.xkqz.indexer.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Runs a unit of work on every tick, one at a time, for as long as it is started. An error, thrown or
 * signalled, ends only that run: it is logged and the next tick runs again, so one bad batch can never
 * stop the work for good. {@link #stop} lets the run in progress finish (up to a grace period), then
 * calls back; {@link #lastRun} says when a run last ended, which health reports.
 */
public final class PollingLoop {

    private static final Log log = LogFactory.getLog(PollingLoop.class);

    private final String name;
    private final Duration interval;
    private final Supplier<Mono<Void>> work;
    private volatile boolean stopping;
    private volatile @Nullable Disposable ticks;
    private volatile Sinks.Empty<Void> finished = Sinks.empty();
    private volatile Instant lastRun = Instant.now();

    public PollingLoop(String name, Duration interval, Supplier<Mono<Void>> work) {
        this.name = name;
        this.interval = interval;
        this.work = work;
    }

    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        stopping = false;
        finished = Sinks.empty();
        lastRun = Instant.now();
        Sinks.Empty<Void> done = finished;
        ticks = Flux.interval(interval)
                .onBackpressureDrop()
                .takeWhile(tick -> !stopping)
                .concatMap(tick -> runOnce(), 1)
                .doFinally(signal -> done.tryEmitEmpty())
                .subscribe(null, this::died);
    }

    /** True from {@link #start} until the loop has ended. */
    public boolean isRunning() {
        Disposable current = ticks;
        return current != null && !current.isDisposed();
    }

    /** True while a stop has been asked for: work in progress should end at its next natural break. */
    public boolean isStopping() {
        return stopping;
    }

    public Instant lastRun() {
        return lastRun;
    }

    /**
     * Stops ticking and lets the run in progress end; past {@code grace} it is cancelled and
     * {@code abandoned} runs (to release what the run held) before {@code callback}.
     */
    public void stop(Duration grace, Supplier<Mono<Void>> abandoned, Runnable callback) {
        Disposable current = ticks;
        if (current == null || current.isDisposed()) {
            callback.run();
            return;
        }
        stopping = true;
        finished.asMono()
                .timeout(grace, Mono.defer(() -> {
                    log.warn(name + " did not finish within " + grace + " of shutdown; releasing its work");
                    current.dispose();
                    return abandoned.get();
                }))
                .onErrorResume(error -> {
                    log.warn(name + " could not release its work at shutdown: " + error.getMessage());
                    return Mono.empty();
                })
                .doFinally(signal -> callback.run())
                .subscribe();
    }

    private Mono<Void> runOnce() {
        return Mono.defer(work)
                .onErrorResume(error -> {
                    log.error(name + " run failed; the next tick runs again", error);
                    return Mono.empty();
                })
                .doFinally(signal -> lastRun = Instant.now());
    }

    /** Not expected (every run's errors are handled); logged so that it is never silent. */
    private void died(Throwable error) {
        log.error(name + " stopped unexpectedly", error);
    }
}
