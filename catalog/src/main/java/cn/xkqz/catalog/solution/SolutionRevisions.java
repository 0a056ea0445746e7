package cn.xkqz.catalog.solution;

import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.lifecycle.PendingRevisions;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Pending revisions of listed solutions, and the record of every approved version. */
@Component
class SolutionRevisions {

    private final SolutionRevisionRepository revisions;
    private final SolutionVersionRepository versions;
    private final R2dbcEntityTemplate template;
    private final AuditTrail audit;
    private final Clock clock;

    SolutionRevisions(
            SolutionRevisionRepository revisions,
            SolutionVersionRepository versions,
            R2dbcEntityTemplate template,
            AuditTrail audit,
            Clock clock) {
        this.revisions = revisions;
        this.versions = versions;
        this.template = template;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores {@code draft} as the pending revision of {@code current}, replacing an earlier one. */
    Mono<PendingRevision> propose(SolutionRow current, SolutionDraft draft) {
        return AuditTrail.actor()
                .map(actor -> new PendingRevision(
                        UUID.randomUUID(), current.id(), draft, current.version(), actor.subject(), clock.instant()))
                .flatMap(revision -> store(revision).thenReturn(revision))
                .flatMap(revision -> audit.append(
                                "SOLUTION_REVISION_PROPOSED",
                                SolutionLifecycle.ENTITY,
                                current.id(),
                                Map.of("name", current.name(), "version", current.version()),
                                Map.of("name", draft.name()))
                        .thenReturn(revision));
    }

    Mono<PendingRevision> pending(UUID solutionId) {
        return revisions.findById(solutionId);
    }

    /** The pending revision, if it is the one the reviewer read ({@code revisionId}); a newer edit since → 409. */
    Mono<PendingRevision> pendingAsReviewed(UUID solutionId, @Nullable UUID revisionId) {
        return PendingRevisions.asReviewed(pending(solutionId), PendingRevision::id, revisionId);
    }

    Mono<Void> discard(UUID solutionId) {
        return revisions.deleteById(solutionId);
    }

    /** Keeps {@code approved} as one of the solution's approved versions. */
    Mono<Void> keep(Solution approved, SolutionDraft content) {
        return AuditTrail.actor()
                .map(actor -> new SolutionVersion(
                        approved.id(), approved.version(), content, actor.subject(), clock.instant()))
                .flatMap(template::insert)
                .then();
    }

    Flux<ApprovedVersion> versions(UUID solutionId) {
        return versions.findBySolutionIdOrderByVersionDesc(solutionId).map(SolutionVersion::approved);
    }

    private Mono<Void> store(PendingRevision revision) {
        return revisions.upsert(
                revision.solutionId(),
                revision.id(),
                revision.draft(),
                revision.baseVersion(),
                revision.submittedBy(),
                revision.submittedAt());
    }
}
