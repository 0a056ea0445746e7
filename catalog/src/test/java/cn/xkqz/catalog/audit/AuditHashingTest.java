package cn.xkqz.catalog.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AuditHashingTest {

    @Test
    void nullAndTheTextNullHashDifferently() {
        assertThat(AuditHashing.hash(entry(AuditHashing.CURRENT, null, null)))
                .isNotEqualTo(AuditHashing.hash(entry(AuditHashing.CURRENT, "null", null)));
        assertThat(AuditHashing.hash(entry(AuditHashing.CURRENT, null, null)))
                .isNotEqualTo(AuditHashing.hash(entry(AuditHashing.CURRENT, null, "null")));
    }

    @Test
    void fieldsCannotBleedIntoEachOther() {
        assertThat(AuditHashing.hash(entry(AuditHashing.CURRENT, "a\u001fb", "c")))
                .isNotEqualTo(AuditHashing.hash(entry(AuditHashing.CURRENT, "a", "b\u001fc")));
    }

    @Test
    void legacyEntriesHashExactlyAsBeforeVersion2() throws Exception {
        AuditEntry legacy = entry(AuditHashing.LEGACY, null, "{\"x\":1}");
        // The encoding every entry written before V9 was hashed with.
        String content = String.join(
                "\u001f",
                legacy.previousHash(),
                String.valueOf(legacy.id()),
                legacy.occurredAt().toString(),
                legacy.actorSubject(),
                legacy.actorRole(),
                String.valueOf(legacy.actorOrg()),
                legacy.action(),
                legacy.entityType(),
                legacy.entityId(),
                String.valueOf(legacy.before()),
                String.valueOf(legacy.after()));
        String before = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));

        assertThat(AuditHashing.hash(legacy)).isEqualTo(before);
        assertThat(AuditHashing.hash(entry(AuditHashing.CURRENT, null, "{\"x\":1}")))
                .isNotEqualTo(before);
    }

    static AuditEntry entry(int version, @Nullable String before, @Nullable String after) {
        return new AuditEntry(
                42,
                Instant.parse("2026-01-02T03:04:05.123456Z"),
                "staff-1",
                "BUREAU",
                UUID.fromString("00000000-0000-0000-0000-000000000007"),
                "TEST_ACTION",
                "TEST",
                "e-1",
                before,
                after,
                AuditHashing.GENESIS,
                "",
                version,
                null);
    }
}
