package cn.xkqz.indexer.rebuild;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The search_rebuild table's row (without the heartbeat, which only SQL reads); see {@link RebuildJob}. */
@Table("search_rebuild")
record RebuildRow(
        @Id UUID id,
        String targetIndex,
        RebuildJob.Status status,
        long total,
        long done,
        Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable String error) {

    RebuildJob toJob() {
        return RebuildJob.of(id, targetIndex, status, total, done, startedAt, finishedAt, error);
    }
}
