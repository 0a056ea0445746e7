package cn.xkqz.indexer.rebuild;

import java.util.UUID;
import org.springframework.data.r2dbc.repository.Modifying;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.repository.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Times come from the database's {@code now()}, so heartbeats of all instances compare on one clock. */
interface RebuildRepository extends Repository<RebuildRow, UUID> {

    String ALIVE = "status = 'RUNNING' and heartbeat_at > now() - interval '2 minutes'";

    @Modifying
    @Query("""
            insert into search_rebuild (id, target_index, status, started_at, heartbeat_at)
            values (:id, :targetIndex, 'RUNNING', now(), now())""")
    Mono<Void> insertRunning(UUID id, String targetIndex);

    @Modifying
    @Query("update search_rebuild set total = :total, done = :done, heartbeat_at = now() where id = :id")
    Mono<Void> progress(UUID id, long total, long done);

    @Modifying
    @Query("update search_rebuild set status = :status, error = :error, finished_at = now() where id = :id")
    Mono<Void> finish(UUID id, RebuildJob.Status status, String error);

    Mono<RebuildRow> findById(UUID id);

    Mono<RebuildRow> findFirstByOrderByStartedAtDesc();

    @Query("select count(*) > 0 from search_rebuild where " + ALIVE)
    Mono<Boolean> anyAlive();

    @Query("""
            update search_rebuild set status = 'FAILED', finished_at = now(),
                   error = 'abandoned: the instance running it stopped'
            where status = 'RUNNING' and heartbeat_at <= now() - interval '2 minutes'
            returning target_index""")
    Flux<String> failAbandoned();
}
