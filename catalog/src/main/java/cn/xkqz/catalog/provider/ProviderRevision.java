package cn.xkqz.catalog.provider;

import java.time.Instant;
import java.util.UUID;

/**
 * A vetted provider's edit of its profile waiting for bureau review: the stored profile stays as it is
 * until the revision is approved. {@code id} is new with every edit (APPROVE_REVISION names it); {@code
 * baseVersion} is the version the edit was made against.
 */
public record ProviderRevision(
        UUID id, UUID providerId, ProviderDraft draft, long baseVersion, String submittedBy, Instant submittedAt) {}
