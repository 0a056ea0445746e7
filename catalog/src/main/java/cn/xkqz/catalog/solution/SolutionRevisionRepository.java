package cn.xkqz.catalog.solution;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.r2dbc.repository.Modifying;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Mono;

interface SolutionRevisionRepository extends R2dbcRepository<PendingRevision, UUID> {

    /** Stores the pending revision of the solution, replacing an earlier one. */
    @Modifying
    @Query("""
            insert into solution_revision (solution_id, id, draft, base_version, submitted_by, submitted_at)
            values (:solutionId, :id, :draft, :baseVersion, :submittedBy, :submittedAt)
            on conflict (solution_id) do update set id = excluded.id, draft = excluded.draft,
                base_version = excluded.base_version, submitted_by = excluded.submitted_by,
                submitted_at = excluded.submitted_at""")
    Mono<Void> upsert(
            UUID solutionId, UUID id, SolutionDraft draft, long baseVersion, String submittedBy, Instant submittedAt);
}
