package cn.xkqz.catalog.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.catalog.audit.ChainCheck.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The verification rules on chains built in memory, including rows from before signing existed. */
class ChainWalkerTest {

    private final AuditSigner signer = new AuditSigner(
            new AuditProperties(Base64.getEncoder().encodeToString(new byte[32]), Duration.ZERO, List.of()));

    @Test
    void legacyEntriesFollowedBySignedOnesVerify() {
        List<AuditEntry> chain = chain(List.of(1, 1, 2, 2), null);

        assertThat(walk(chain, List.of(checkpoint(1, chain, 1)))).satisfies(check -> {
            assertThat(check.valid()).isTrue();
            assertThat(check.entries()).isEqualTo(4);
        });
    }

    @Test
    void aLegacyEntryRewrittenFromNullToTheTextNullIsReported() {
        List<AuditEntry> chain = chain(List.of(1, 1, 2), "null");

        ChainCheck check = walk(chain, List.of());
        assertThat(check.reason()).isEqualTo(Reason.REWRITTEN_HISTORY);
        assertThat(check.firstBrokenEntry()).isEqualTo("10");
    }

    @Test
    void aRehashedLegacyHistoryIsReportedAgainstTheCheckpointThatCoversIt() {
        List<AuditEntry> original = chain(List.of(1, 1, 1, 1), null);
        List<AuditCheckpoint> checkpoints = List.of(checkpoint(1, original, 1), checkpoint(2, original, 3));
        List<AuditEntry> rewritten = new ArrayList<>(original.subList(0, 2));
        rewritten.addAll(relink(
                original.subList(2, 4), "{\"note\":\"改写\"}", original.get(1).hash()));

        ChainCheck check = walk(rewritten, checkpoints);
        assertThat(check.valid()).isFalse();
        assertThat(check.reason()).isEqualTo(Reason.REWRITTEN_HISTORY);
        // The checkpoint before covers up to entry 20, so the rewrite starts at 30 at the earliest.
        assertThat(check.firstBrokenEntry()).isEqualTo("30");
    }

    @Test
    void aLegacyEntryAfterASignedOneIsReported() {
        List<AuditEntry> chain = chain(List.of(2, 1), null);

        ChainCheck check = walk(chain, List.of());
        assertThat(check.reason()).isEqualTo(Reason.REWRITTEN_HISTORY);
        assertThat(check.firstBrokenEntry()).isEqualTo("20");
    }

    private ChainCheck walk(List<AuditEntry> entries, List<AuditCheckpoint> checkpoints) {
        ChainWalker walker = new ChainWalker(signer, checkpoints);
        entries.stream().takeWhile(walker::accept).count();
        return walker.result();
    }

    /** Entries 10, 20, 30, … with the given hash versions; the first one's {@code before} as given. */
    private List<AuditEntry> chain(List<Integer> versions, @Nullable String firstBefore) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditHashing.GENESIS;
        for (int i = 0; i < versions.size(); i++) {
            AuditEntry entry =
                    signed(10L * (i + 1), versions.get(i), i == 0 ? firstBefore : null, "{\"n\":" + i + "}", previous);
            entries.add(entry);
            previous = entry.hash();
        }
        return entries;
    }

    private List<AuditEntry> relink(List<AuditEntry> entries, String after, String previous) {
        List<AuditEntry> relinked = new ArrayList<>();
        for (AuditEntry entry : entries) {
            AuditEntry again = signed(entry.id(), entry.hashVersion(), entry.before(), after, previous);
            relinked.add(again);
            previous = again.hash();
        }
        return relinked;
    }

    private AuditEntry signed(long id, int version, @Nullable String before, String after, String previous) {
        AuditEntry unsigned = new AuditEntry(
                id,
                Instant.EPOCH.plusSeconds(id),
                "staff",
                "BUREAU",
                null,
                "TEST",
                "TEST",
                "e",
                before,
                after,
                previous,
                "",
                version,
                null);
        String hash = AuditHashing.hash(unsigned);
        String signature = version == AuditHashing.CURRENT ? signer.sign(ChainWalker.entryPayload(hash)) : null;
        return new AuditEntry(
                id,
                unsigned.occurredAt(),
                "staff",
                "BUREAU",
                null,
                "TEST",
                "TEST",
                "e",
                before,
                after,
                previous,
                hash,
                version,
                signature);
    }

    private static AuditCheckpoint checkpoint(long sequence, List<AuditEntry> chain, int index) {
        AuditEntry head = chain.get(index);
        return new AuditCheckpoint(
                sequence, head.id(), index + 1, head.hash(), Instant.EPOCH, "", "test", "not checked by the walker");
    }
}
