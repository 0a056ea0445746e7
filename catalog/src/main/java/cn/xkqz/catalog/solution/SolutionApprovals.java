package cn.xkqz.catalog.solution;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What each review and listing move does to the stored solution, once {@link SolutionLifecycle} has
 * decided that it may happen: status changes, approvals that keep a version, revision decisions.
 */
@Component
class SolutionApprovals {

    private final SolutionStore store;
    private final SolutionRevisions revisions;
    private final SolutionMapper mapper;
    private final Clock clock;

    SolutionApprovals(SolutionStore store, SolutionRevisions revisions, SolutionMapper mapper, Clock clock) {
        this.store = store;
        this.revisions = revisions;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Moves {@code current} to {@code status} (the lifecycle decides whether it may); {@code confirmed}
     * restarts the listing's 12 months.
     */
    Mono<Solution> changeStatus(SolutionRow current, SolutionStatus status, boolean confirmed) {
        Instant lastConfirmedAt = confirmed ? clock.instant() : current.lastConfirmedAt();
        return store.replace(current, current.version(), mapper.toDraft(current), status, lastConfirmedAt)
                .flatMap(store::withProviderName);
    }

    /** Lists {@code current} (SUBMITTED) and keeps it as an approved version. */
    Mono<Solution> approve(SolutionRow current) {
        return changeStatus(current, SolutionStatus.LISTED, true)
                .flatMap(approved ->
                        revisions.keep(approved, mapper.toDraft(current)).thenReturn(approved));
    }

    /**
     * Puts the pending revision of {@code current} live, if it is the one reviewed ({@code revisionId}),
     * and keeps the result as an approved version.
     */
    Mono<Solution> approveRevision(SolutionRow current, @Nullable UUID revisionId) {
        return revisions
                .pendingAsReviewed(current.id(), revisionId)
                .flatMap(revision -> store.replace(
                                current, current.version(), revision.draft(), current.status(), clock.instant())
                        .flatMap(store::withProviderName)
                        .flatMap(approved -> revisions
                                .discard(current.id())
                                .then(revisions.keep(approved, revision.draft()))
                                .thenReturn(approved)));
    }

    /** Turns the pending revision of {@code current} down (if named, the one reviewed). */
    Mono<Solution> rejectRevision(SolutionRow current, @Nullable UUID revisionId) {
        return revisions
                .pendingAsReviewed(current.id(), revisionId)
                .then(revisions.discard(current.id()))
                .then(store.withProviderName(current));
    }

    Mono<Boolean> hasPendingRevision(UUID id) {
        return revisions.pending(id).hasElement();
    }
}
