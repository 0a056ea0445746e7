package cn.xkqz.indexer.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A full rebuild of the search index and how far it got.
 *
 * @param ratePerSecond documents indexed per second so far
 * @param etaSeconds seconds to go at that rate, while running
 */
public record RebuildJob(
        UUID id,
        String targetIndex,
        Status status,
        long total,
        long done,
        double ratePerSecond,
        @Nullable Long etaSeconds,
        Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable String error) {

    public enum Status {
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    static RebuildJob of(
            UUID id,
            String targetIndex,
            Status status,
            long total,
            long done,
            Instant startedAt,
            @Nullable Instant finishedAt,
            @Nullable String error) {
        Instant end = finishedAt == null ? Instant.now() : finishedAt;
        double seconds = Math.max(Duration.between(startedAt, end).toMillis(), 1) / 1000.0;
        double rate = done / seconds;
        Long eta = status == Status.RUNNING && rate > 0 ? Math.round((total - done) / rate) : null;
        return new RebuildJob(
                id, targetIndex, status, total, done, Math.round(rate * 10) / 10.0, eta, startedAt, finishedAt, error);
    }
}
