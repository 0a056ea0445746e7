package cn.xkqz.indexer.rebuild;

import cn.xkqz.catalog.error.ConflictException;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Rebuild jobs in PostgreSQL, so every app instance sees the one running rebuild (at most one: a
 * unique index allows a single RUNNING row). A running job beats a heartbeat; one whose heartbeat
 * stopped (its instance died) no longer counts as running.
 */
@Component
public class RebuildJobs {

    private final RebuildRepository rebuilds;

    RebuildJobs(RebuildRepository rebuilds) {
        this.rebuilds = rebuilds;
    }

    Mono<RebuildJob> insertRunning(UUID id, String targetIndex) {
        return rebuilds.insertRunning(id, targetIndex)
                .onErrorMap(DuplicateKeyException.class, e -> alreadyRunning())
                .then(get(id));
    }

    static ConflictException alreadyRunning() {
        return new ConflictException("已有索引重建任务在运行，请等它结束");
    }

    Mono<Void> progress(UUID id, long total, long done) {
        return rebuilds.progress(id, total, done);
    }

    Mono<Void> finish(UUID id, RebuildJob.Status status, String error) {
        return rebuilds.finish(id, status, error.length() > 2000 ? error.substring(0, 2000) : error);
    }

    public Mono<RebuildJob> get(UUID id) {
        return rebuilds.findById(id).map(RebuildRow::toJob);
    }

    public Mono<RebuildJob> latest() {
        return rebuilds.findFirstByOrderByStartedAtDesc().map(RebuildRow::toJob);
    }

    /** Whether a live rebuild is filling a new index right now. */
    public Mono<Boolean> running() {
        return rebuilds.anyAlive();
    }

    /** Marks rebuilds whose instance stopped beating as failed; returns their target indices. */
    Flux<String> failAbandoned() {
        return rebuilds.failAbandoned();
    }
}
