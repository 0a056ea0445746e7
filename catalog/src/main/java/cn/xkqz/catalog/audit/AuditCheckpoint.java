package cn.xkqz.catalog.audit;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A signed statement "the chain had {@code entryCount} entries up to entry {@code lastEntryId}, whose
 * hash was {@code headHash}". Each checkpoint also signs the previous one's signature, so checkpoints
 * form a chain of their own: one deleted from the middle is noticed.
 *
 * @param sequence 1, 2, 3, … without gaps
 * @param lastEntryId the newest entry covered (0 when the trail was empty)
 * @param headHash that entry's hash ({@link AuditHashing#GENESIS} when the trail was empty)
 * @param previousSignature the signature of checkpoint {@code sequence - 1}, empty for the first
 * @param keyId which key signed ({@link AuditSigner#keyId()})
 * @param signature Ed25519 over {@link #payload()}, base64
 */
@Table("audit_checkpoint")
public record AuditCheckpoint(
        @Id long sequence,
        long lastEntryId,
        long entryCount,
        String headHash,
        Instant createdAt,
        String previousSignature,
        String keyId,
        String signature) {

    /**
     * The exact text that is signed (UTF-8): one field a line, none of which can contain a line break,
     * so an outside party can rebuild it and check the signature with any Ed25519 tool.
     */
    public String payload() {
        return String.join(
                "\n",
                "xkqz-audit-checkpoint-v1",
                String.valueOf(sequence),
                String.valueOf(lastEntryId),
                String.valueOf(entryCount),
                headHash,
                createdAt.toString(),
                previousSignature,
                keyId);
    }
}
