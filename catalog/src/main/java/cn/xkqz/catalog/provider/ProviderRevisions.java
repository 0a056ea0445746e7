package cn.xkqz.catalog.provider;

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
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Pending revisions of vetted providers' profiles (one per provider; a newer edit replaces it). */
@Component
class ProviderRevisions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DatabaseClient db;
    private final AuditTrail audit;
    private final Clock clock;

    ProviderRevisions(DatabaseClient db, AuditTrail audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores {@code draft} as the pending revision of {@code current}, with a new id. */
    Mono<ProviderRevision> propose(Provider current, ProviderDraft draft) {
        return AuditTrail.actor()
                .map(actor -> new ProviderRevision(
                        UUID.randomUUID(), current.id(), draft, current.version(), actor.subject(), clock.instant()))
                .flatMap(revision -> db.sql("""
                                insert into provider_revision (provider_id, id, draft, base_version, submitted_by, submitted_at)
                                values (:provider, :id, :draft, :base, :by, :at)
                                on conflict (provider_id) do update set id = excluded.id, draft = excluded.draft,
                                    base_version = excluded.base_version, submitted_by = excluded.submitted_by,
                                    submitted_at = excluded.submitted_at""")
                        .bind("provider", revision.providerId())
                        .bind("id", revision.id())
                        .bind("draft", Json.of(JSON.writeValueAsBytes(draft)))
                        .bind("base", revision.baseVersion())
                        .bind("by", revision.submittedBy())
                        .bind("at", revision.submittedAt())
                        .then()
                        .then(audit.append(
                                "PROVIDER_REVISION_PROPOSED",
                                ProviderLifecycle.ENTITY,
                                current.id(),
                                ProviderService.summary(current),
                                Map.of("name", draft.name(), "creditCode", draft.creditCode())))
                        .thenReturn(revision));
    }

    Mono<ProviderRevision> pending(UUID providerId) {
        return db.sql("select * from provider_revision where provider_id = :id")
                .bind("id", providerId)
                .map(row -> new ProviderRevision(
                        required(row, "id", UUID.class),
                        required(row, "provider_id", UUID.class),
                        JSON.readValue(required(row, "draft", Json.class).asArray(), ProviderDraft.class),
                        required(row, "base_version", Long.class),
                        required(row, "submitted_by", String.class),
                        required(row, "submitted_at", Instant.class)))
                .one();
    }

    /** The pending revision, if it is the one reviewed ({@code revisionId}; null: whichever is pending). */
    Mono<ProviderRevision> pendingAsReviewed(UUID providerId, @Nullable UUID revisionId) {
        return pending(providerId)
                .flatMap(revision -> revisionId == null || revision.id().equals(revisionId)
                        ? Mono.just(revision)
                        : Mono.error(new ConflictException(
                                "待审核的修订已被新的修改替换（你审核的是 " + revisionId + "，当前是 " + revision.id() + "）：请重新查看修订后再决定")));
    }

    Mono<Void> discard(UUID providerId) {
        return db.sql("delete from provider_revision where provider_id = :id")
                .bind("id", providerId)
                .then();
    }
}
