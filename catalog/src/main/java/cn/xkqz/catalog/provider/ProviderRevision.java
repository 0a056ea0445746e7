package cn.xkqz.catalog.provider;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A vetted provider's edit of its profile waiting for bureau review: the stored profile stays as it is
 * until the revision is approved. {@code id} is new with every edit (APPROVE_REVISION names it); {@code
 * baseVersion} is the version the edit was made against. Stored as the provider_revision row, keyed by the
 * provider (one pending revision each).
 */
@Table("provider_revision")
public record ProviderRevision(
        UUID id, @Id UUID providerId, ProviderDraft draft, long baseVersion, String submittedBy, Instant submittedAt) {}
