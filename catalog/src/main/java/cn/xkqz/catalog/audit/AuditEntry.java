package cn.xkqz.catalog.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One audited change: who did what to which record, what it looked like before and after. {@code
 * hashVersion} says how {@code hash} was computed ({@link AuditHashing}); {@code signature} is the app's
 * Ed25519 signature of the hash (null on entries written before signing existed).
 */
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
        String hash,
        int hashVersion,
        @Nullable String signature) {}
