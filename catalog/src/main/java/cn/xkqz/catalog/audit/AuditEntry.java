package cn.xkqz.catalog.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One audited change: who did what to which record, what it looked like before and after. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actorSubject,
        String actorRole,
        @Nullable UUID actorOrg,
        String action,
        String entityType,
        String entityId,
        @Nullable String before,
        @Nullable String after,
        String previousHash,
        String hash) {}
