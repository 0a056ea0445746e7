package cn.xkqz.catalog.provider;

import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.lifecycle.PendingRevisions;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Pending revisions of vetted providers' profiles (one per provider; a newer edit replaces it). */
@Component
class ProviderRevisions {

    private final ProviderRevisionRepository revisions;
    private final AuditTrail audit;
    private final Clock clock;

    ProviderRevisions(ProviderRevisionRepository revisions, AuditTrail audit, Clock clock) {
        this.revisions = revisions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores {@code draft} as the pending revision of {@code current}, with a new id. */
    Mono<ProviderRevision> propose(Provider current, ProviderDraft draft) {
        return AuditTrail.actor()
                .map(actor -> new ProviderRevision(
                        UUID.randomUUID(), current.id(), draft, current.version(), actor.subject(), clock.instant()))
                .flatMap(revision -> store(revision).thenReturn(revision))
                .flatMap(revision -> audit.append(
                                "PROVIDER_REVISION_PROPOSED",
                                ProviderLifecycle.ENTITY,
                                current.id(),
                                ProviderService.summary(current),
                                Map.of("name", draft.name(), "creditCode", draft.creditCode()))
                        .thenReturn(revision));
    }

    Mono<ProviderRevision> pending(UUID providerId) {
        return revisions.findById(providerId);
    }

    /** The pending revision, if it is the one reviewed ({@code revisionId}; null: whichever is pending). */
    Mono<ProviderRevision> pendingAsReviewed(UUID providerId, @Nullable UUID revisionId) {
        return PendingRevisions.asReviewed(pending(providerId), ProviderRevision::id, revisionId);
    }

    Mono<Void> discard(UUID providerId) {
        return revisions.deleteById(providerId);
    }

    private Mono<Void> store(ProviderRevision revision) {
        return revisions.upsert(
                revision.providerId(),
                revision.id(),
                revision.draft(),
                revision.baseVersion(),
                revision.submittedBy(),
                revision.submittedAt());
    }
}
