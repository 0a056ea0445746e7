package cn.xkqz.catalog.provider;

import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.lifecycle.PendingRevisionStore;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Pending revisions of vetted providers' profiles (one per provider; a newer edit replaces it). */
@Component
class ProviderRevisions {

    private final PendingRevisionStore<ProviderDraft, ProviderRevision> store;
    private final AuditTrail audit;
    private final Clock clock;

    ProviderRevisions(DatabaseClient db, AuditTrail audit, Clock clock) {
        this.store = new PendingRevisionStore<>(
                db,
                "provider_revision",
                "provider_id",
                ProviderDraft.class,
                ProviderRevision::new,
                ProviderRevision::id);
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores {@code draft} as the pending revision of {@code current}, with a new id. */
    Mono<ProviderRevision> propose(Provider current, ProviderDraft draft) {
        return AuditTrail.actor()
                .flatMap(actor ->
                        store.propose(current.id(), draft, current.version(), actor.subject(), clock.instant()))
                .flatMap(revision -> audit.append(
                                "PROVIDER_REVISION_PROPOSED",
                                ProviderLifecycle.ENTITY,
                                current.id(),
                                ProviderService.summary(current),
                                Map.of("name", draft.name(), "creditCode", draft.creditCode()))
                        .thenReturn(revision));
    }

    Mono<ProviderRevision> pending(UUID providerId) {
        return store.pending(providerId);
    }

    /** The pending revision, if it is the one reviewed ({@code revisionId}; null: whichever is pending). */
    Mono<ProviderRevision> pendingAsReviewed(UUID providerId, @Nullable UUID revisionId) {
        return store.pendingAsReviewed(providerId, revisionId);
    }

    Mono<Void> discard(UUID providerId) {
        return store.discard(providerId);
    }
}
