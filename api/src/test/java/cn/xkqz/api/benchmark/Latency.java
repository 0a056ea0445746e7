package cn.xkqz.api.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Latency percentiles of sequential calls, and throughput of concurrent ones. */
final class Latency {

    private final List<Long> nanos = new ArrayList<>();

    void record(Runnable call) {
        long start = System.nanoTime();
        call.run();
        nanos.add(System.nanoTime() - start);
    }

    double percentileMillis(double p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    int samples() {
        return nanos.size();
    }

    /** Calls per second with {@code threads} callers for {@code duration}, each cycling through {@code calls}. */
    static double throughput(List<Runnable> calls, int threads, Duration duration) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            int offset = t;
            pool.submit(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    calls.get(i % calls.size()).run();
                    done.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
        return done.get() / (duration.toMillis() / 1000.0);
    }
}
