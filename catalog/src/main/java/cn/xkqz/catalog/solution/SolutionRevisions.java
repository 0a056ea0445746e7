package cn.xkqz.catalog.solution;

import static cn.xkqz.catalog.Columns.required;

import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.lifecycle.PendingRevisionStore;
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

    private final PendingRevisionStore<SolutionDraft, PendingRevision> store;
    private final DatabaseClient db;
    private final AuditTrail audit;
    private final Clock clock;

    SolutionRevisions(DatabaseClient db, AuditTrail audit, Clock clock) {
        this.store = new PendingRevisionStore<>(
                db, "solution_revision", "solution_id", SolutionDraft.class, PendingRevision::new, PendingRevision::id);
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores {@code draft} as the pending revision of {@code current}, replacing an earlier one. */
    Mono<PendingRevision> propose(SolutionRow current, SolutionDraft draft) {
        return AuditTrail.actor()
                .flatMap(actor ->
                        store.propose(current.id(), draft, current.version(), actor.subject(), clock.instant()))
                .flatMap(revision -> audit.append(
                                "SOLUTION_REVISION_PROPOSED",
                                SolutionLifecycle.ENTITY,
                                current.id(),
                                Map.of("name", current.name(), "version", current.version()),
                                Map.of("name", draft.name()))
                        .thenReturn(revision));
    }

    Mono<PendingRevision> pending(UUID solutionId) {
        return store.pending(solutionId);
    }

    /** The pending revision, if it is the one the reviewer read ({@code revisionId}); a newer edit since → 409. */
    Mono<PendingRevision> pendingAsReviewed(UUID solutionId, @Nullable UUID revisionId) {
        return store.pendingAsReviewed(solutionId, revisionId);
    }

    Mono<Void> discard(UUID solutionId) {
        return store.discard(solutionId);
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
