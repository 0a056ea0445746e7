package cn.xkqz.indexer.rebuild;

import static cn.xkqz.catalog.Columns.required;

import cn.xkqz.catalog.error.ConflictException;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;
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

    private static final String COLUMNS = "id, target_index, status, total, done, started_at, finished_at, error";
    private static final String ALIVE = "status = 'RUNNING' and heartbeat_at > now() - interval '2 minutes'";

    private final DatabaseClient db;

    RebuildJobs(DatabaseClient db) {
        this.db = db;
    }

    Mono<RebuildJob> insertRunning(UUID id, String targetIndex) {
        return db.sql("""
                        insert into search_rebuild (id, target_index, status, started_at, heartbeat_at)
                        values (:id, :target, 'RUNNING', now(), now())""")
                .bind("id", id)
                .bind("target", targetIndex)
                .then()
                .onErrorMap(DuplicateKeyException.class, e -> alreadyRunning())
                .then(get(id));
    }

    static ConflictException alreadyRunning() {
        return new ConflictException("已有索引重建任务在运行，请等它结束");
    }

    Mono<Void> progress(UUID id, long total, long done) {
        return db.sql("update search_rebuild set total = :total, done = :done, heartbeat_at = now() where id = :id")
                .bind("total", total)
                .bind("done", done)
                .bind("id", id)
                .then();
    }

    Mono<Void> finish(UUID id, RebuildJob.Status status, String error) {
        return db.sql("""
                        update search_rebuild set status = :status, error = :error, finished_at = now()
                        where id = :id""")
                .bind("status", status.name())
                .bind("error", error.length() > 2000 ? error.substring(0, 2000) : error)
                .bind("id", id)
                .then();
    }

    public Mono<RebuildJob> get(UUID id) {
        return db.sql("select " + COLUMNS + " from search_rebuild where id = :id")
                .bind("id", id)
                .map(RebuildJobs::job)
                .one();
    }

    public Mono<RebuildJob> latest() {
        return db.sql("select " + COLUMNS + " from search_rebuild order by started_at desc limit 1")
                .map(RebuildJobs::job)
                .one();
    }

    /** Whether a live rebuild is filling a new index right now. */
    public Mono<Boolean> running() {
        return db.sql("select count(*) from search_rebuild where " + ALIVE)
                .map(row -> required(row, 0, Long.class) > 0)
                .one();
    }

    /** Marks rebuilds whose instance stopped beating as failed; returns their target indices. */
    Flux<String> failAbandoned() {
        return db.sql("""
                        update search_rebuild set status = 'FAILED', finished_at = now(),
                               error = 'abandoned: the instance running it stopped'
                        where status = 'RUNNING' and heartbeat_at <= now() - interval '2 minutes'
                        returning target_index""")
                .map(row -> required(row, "target_index", String.class))
                .all();
    }

    private static RebuildJob job(Readable row) {
        return RebuildJob.of(
                required(row, "id", UUID.class),
                required(row, "target_index", String.class),
                RebuildJob.Status.valueOf(required(row, "status", String.class)),
                required(row, "total", Long.class),
                required(row, "done", Long.class),
                required(row, "started_at", Instant.class),
                row.get("finished_at", Instant.class),
                row.get("error", String.class));
    }
}
