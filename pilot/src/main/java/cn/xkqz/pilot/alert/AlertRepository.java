package cn.xkqz.pilot.alert;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.r2dbc.repository.Modifying;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

interface AlertRepository extends R2dbcRepository<Alert, UUID> {

    @Query("""
            select id, enterprise_id, solution_id, score, explanation::text as explanation, created_at, dismissed_at
            from alert where enterprise_id = :enterpriseId and dismissed_at is null
            order by created_at desc, id""")
    Flux<Alert> open(UUID enterpriseId);

    /**
     * Stores the fit, or refreshes the score and explanation of the enterprise's alert for the solution
     * (its date too, so it is news again) unless the enterprise dismissed it.
     */
    @Modifying
    @Query("""
            insert into alert (id, enterprise_id, solution_id, score, explanation, created_at)
            values (:id, :enterpriseId, :solutionId, :score, cast(:explanation as jsonb), :now)
            on conflict (enterprise_id, solution_id) do update
                set score = excluded.score, explanation = excluded.explanation, created_at = excluded.created_at
                where alert.dismissed_at is null""")
    Mono<Integer> upsert(UUID id, UUID enterpriseId, UUID solutionId, double score, String explanation, Instant now);

    /** Queues every diagnosed enterprise's need for the need index (when that index was just created). */
    @Modifying
    @Query(
            "insert into outbox_event (aggregate_type, aggregate_id) select distinct 'NEED', enterprise_id from diagnosis")
    Mono<Integer> queueEveryNeed();

    @Modifying
    @Query(
            "update alert set dismissed_at = :now where id = :id and enterprise_id = :enterpriseId and dismissed_at is null")
    Mono<Integer> dismiss(UUID id, UUID enterpriseId, Instant now);
}
