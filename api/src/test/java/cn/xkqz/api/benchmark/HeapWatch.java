package cn.xkqz.api.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The heap this JVM holds: its live set, read after a full collection ({@link #sample}, at moments the
 * benchmark chooses), and the peak of the heap left after any collection since the last {@link #reset}
 * (an upper bound: after a young collection the old generation still counts objects that died there);
 * the time spent collecting (a heap too small shows as collections taking over); and the process's
 * resident set (heap, metaspace, code, thread stacks and native memory such as the ONNX Runtime model).
 */
final class HeapWatch {

    private final AtomicLong peakAfterGc = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private int samples;
    private long gcMillisAtReset;
    private long resetAt = System.nanoTime();

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc)
                    .addNotificationListener(
                            (notification, handback) -> {
                                if (notification
                                        .getType()
                                        .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                                    long used = GarbageCollectionNotificationInfo.from(
                                                    (CompositeData) notification.getUserData())
                                            .getGcInfo()
                                            .getMemoryUsageAfterGc()
                                            .entrySet()
                                            .stream()
                                            .filter(e -> isHeap(e.getKey()))
                                            .mapToLong(e -> e.getValue().getUsed())
                                            .sum();
                                    peakAfterGc.accumulateAndGet(used, Math::max);
                                }
                            },
                            null,
                            null);
        }
    }

    private static boolean isHeap(String pool) {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .anyMatch(p -> p.getName().equals(pool) && p.getType() == java.lang.management.MemoryType.HEAP);
    }

    /** Starts new peaks and a new count of collection time. */
    void reset() {
        peakAfterGc.set(0);
        peakLive.set(0);
        samples = 0;
        gcMillisAtReset = gcMillis();
        resetAt = System.nanoTime();
    }

    /** Reads the live set now (a full collection first) into this phase's peak. */
    void sample() {
        peakLive.accumulateAndGet((long) (heldMiB() * 1048576), Math::max);
        samples++;
    }

    /** This phase so far, as a sentence for the report. */
    String phase() {
        sample();
        long gc = gcMillis() - gcMillisAtReset;
        double elapsed = (System.nanoTime() - resetAt) / 1e6;
        return String.format(
                java.util.Locale.ROOT,
                "live heap (after a full GC, %d samples) peak %.1f MiB of %.0f MiB; peak after any GC %.1f MiB;"
                        + " GC %,d ms (%.1f%% of the phase); RSS %.0f MiB",
                samples,
                peakLive.get() / 1048576.0,
                maxHeapMiB(),
                peakAfterGc.get() / 1048576.0,
                gc,
                100 * gc / elapsed,
                rssMiB());
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .filter(t -> t > 0)
                .sum();
    }

    /** Heap held right now: collects first, then reads the heap's use. */
    static double heldMiB() {
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed() / 1048576.0;
    }

    static double maxHeapMiB() {
        return Runtime.getRuntime().maxMemory() / 1048576.0;
    }

    /** The process's resident set ({@code VmRSS} of /proc/self/status), in MiB. */
    static double rssMiB() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                            .filter(l -> l.startsWith("VmRSS:"))
                            .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                            .findFirst()
                            .orElse(0)
                    / 1024.0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
