package cn.xkqz.catalog.provider;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.r2dbc.repository.Modifying;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Mono;

interface ProviderRevisionRepository extends R2dbcRepository<ProviderRevision, UUID> {

    /** Stores the pending revision of the provider, replacing an earlier one. */
    @Modifying
    @Query("""
            insert into provider_revision (provider_id, id, draft, base_version, submitted_by, submitted_at)
            values (:providerId, :id, :draft, :baseVersion, :submittedBy, :submittedAt)
            on conflict (provider_id) do update set id = excluded.id, draft = excluded.draft,
                base_version = excluded.base_version, submitted_by = excluded.submitted_by,
                submitted_at = excluded.submitted_at""")
    Mono<Void> upsert(
            UUID providerId, UUID id, ProviderDraft draft, long baseVersion, String submittedBy, Instant submittedAt);
}
