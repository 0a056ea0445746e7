package cn.xkqz.catalog.solution;

import static cn.xkqz.catalog.Columns.required;

import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.error.ConflictException;
import io.r2dbc.postgresql.codec.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Pending revisions of listed solutions, and the record of every approved version. */
@Component
class SolutionRevisions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DatabaseClient db;
    private final AuditTrail audit;
    private final Clock clock;

    SolutionRevisions(DatabaseClient db, AuditTrail audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores {@code draft} as the pending revision of {@code current}, replacing an earlier one. */
    Mono<PendingRevision> propose(SolutionRow current, SolutionDraft draft) {
        return AuditTrail.actor()
                .map(actor -> new PendingRevision(
                        UUID.randomUUID(), current.id(), draft, current.version(), actor.subject(), clock.instant()))
                .flatMap(revision -> db.sql("""
                                insert into solution_revision (solution_id, id, draft, base_version, submitted_by, submitted_at)
                                values (:solution, :id, :draft, :base, :by, :at)
                                on conflict (solution_id) do update set id = excluded.id, draft = excluded.draft,
                                    base_version = excluded.base_version, submitted_by = excluded.submitted_by,
                                    submitted_at = excluded.submitted_at""")
                        .bind("solution", revision.solutionId())
                        .bind("id", revision.id())
                        .bind("draft", Json.of(JSON.writeValueAsBytes(draft)))
                        .bind("base", revision.baseVersion())
                        .bind("by", revision.submittedBy())
                        .bind("at", revision.submittedAt())
                        .then()
                        .then(audit.append(
                                "SOLUTION_REVISION_PROPOSED",
                                SolutionLifecycle.ENTITY,
                                current.id(),
                                Map.of("name", current.name(), "version", current.version()),
                                Map.of("name", draft.name())))
                        .thenReturn(revision));
    }

    Mono<PendingRevision> pending(UUID solutionId) {
        return db.sql("select * from solution_revision where solution_id = :id")
                .bind("id", solutionId)
                .map(row -> new PendingRevision(
                        required(row, "id", UUID.class),
                        required(row, "solution_id", UUID.class),
                        JSON.readValue(required(row, "draft", Json.class).asArray(), SolutionDraft.class),
                        required(row, "base_version", Long.class),
                        required(row, "submitted_by", String.class),
                        required(row, "submitted_at", Instant.class)))
                .one();
    }

    /**
     * The pending revision, if it is the one the reviewer read ({@code revisionId}; null: whichever is
     * pending); a newer edit since → 409.
     */
    Mono<PendingRevision> pendingAsReviewed(UUID solutionId, @Nullable UUID revisionId) {
        return pending(solutionId)
                .flatMap(revision -> revisionId == null || revision.id().equals(revisionId)
                        ? Mono.just(revision)
                        : Mono.error(new ConflictException(
                                "待审核的修订已被新的修改替换（你审核的是 " + revisionId + "，当前是 " + revision.id() + "）：请重新查看修订后再决定")));
    }

    Mono<Void> discard(UUID solutionId) {
        return db.sql("delete from solution_revision where solution_id = :id")
                .bind("id", solutionId)
                .then();
    }

    /** Keeps {@code approved} as one of the solution's approved versions. */
    Mono<Void> keep(Solution approved, SolutionDraft content) {
        return AuditTrail.actor()
                .flatMap(actor -> db.sql("""
                                insert into solution_version (solution_id, version, content, approved_by, approved_at)
                                values (:id, :version, :content, :by, :at)""")
                        .bind("id", approved.id())
                        .bind("version", approved.version())
                        .bind("content", Json.of(JSON.writeValueAsBytes(content)))
                        .bind("by", actor.subject())
                        .bind("at", clock.instant())
                        .then());
    }

    Flux<ApprovedVersion> versions(UUID solutionId) {
        return db.sql("select * from solution_version where solution_id = :id order by version desc")
                .bind("id", solutionId)
                .map(row -> new ApprovedVersion(
                        required(row, "version", Long.class),
                        JSON.readValue(required(row, "content", Json.class).asArray(), SolutionDraft.class),
                        required(row, "approved_by", String.class),
                        required(row, "approved_at", Instant.class)))
                .all();
    }
}
