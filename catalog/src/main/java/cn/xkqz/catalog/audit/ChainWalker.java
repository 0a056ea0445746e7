package cn.xkqz.catalog.audit;

import cn.xkqz.catalog.audit.ChainCheck.Reason;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Walks the entries oldest first against the (already checked) checkpoints and stops at the first
 * problem. Not thread-safe: one walker per verification, fed in order.
 */
final class ChainWalker {

    private final AuditSigner signer;
    private final List<AuditCheckpoint> checkpoints;
    private int nextCheckpoint;
    private String previousHash = AuditHashing.GENESIS;
    private long lastEntryId;
    private long count;
    private long firstSinceCheckpoint;
    private boolean signedSeen;
    private @Nullable ChainCheck broken;

    ChainWalker(AuditSigner signer, List<AuditCheckpoint> checkpoints) {
        this.signer = signer;
        this.checkpoints = checkpoints;
        passCheckpoints();
    }

    /** Takes the next entry; false once a problem is found (then see {@link #result}). */
    boolean accept(AuditEntry entry) {
        if (broken != null) {
            return false;
        }
        broken = check(entry);
        if (broken == null) {
            previousHash = entry.hash();
            lastEntryId = entry.id();
            firstSinceCheckpoint = firstSinceCheckpoint == 0 ? entry.id() : firstSinceCheckpoint;
            count++;
            passCheckpoints();
        }
        return broken == null;
    }

    /** The verdict once every entry is in (or the first problem). */
    ChainCheck result() {
        if (broken == null && nextCheckpoint < checkpoints.size()) {
            AuditCheckpoint missing = checkpoints.get(nextCheckpoint);
            broken = ChainCheck.brokenEntry(
                    missing.lastEntryId(),
                    Reason.TRUNCATED_TAIL,
                    "检查点 #" + missing.sequence() + " 覆盖到第 " + missing.lastEntryId() + " 号记录（共 "
                            + missing.entryCount() + " 条），但审计记录只剩 " + count + " 条、最后一条为第 " + lastEntryId
                            + " 号：末尾的记录被删除");
        }
        return broken != null ? broken : ChainCheck.intact(count);
    }

    private @Nullable ChainCheck check(AuditEntry entry) {
        if (!entry.previousHash().equals(previousHash) || !entry.hash().equals(AuditHashing.hash(entry))) {
            return ChainCheck.brokenEntry(
                    entry.id(), Reason.BROKEN_CHAIN, "第 " + entry.id() + " 号记录与其哈希或前一条记录的哈希不符：记录被改动");
        }
        if (entry.hashVersion() == AuditHashing.CURRENT) {
            signedSeen = true;
            if (entry.signature() == null || !signer.verify(entryPayload(entry.hash()), entry.signature())) {
                return rewritten(entry, "签名不是本系统的签名：该记录被改写并重算了哈希");
            }
        } else if (signedSeen) {
            return rewritten(entry, "在已签名的记录之后出现了旧格式的记录：该记录被改写");
        } else if ("null".equals(entry.before()) || "null".equals(entry.after())) {
            // Version 1 hashed NULL as the text "null"; the app never wrote that text, so it is a rewrite.
            return rewritten(entry, "旧格式记录的摘要为文本 null（本系统从不写入）：该记录被改写");
        }
        if (nextCheckpoint < checkpoints.size()
                && checkpoints.get(nextCheckpoint).lastEntryId() < entry.id()) {
            AuditCheckpoint skipped = checkpoints.get(nextCheckpoint);
            return ChainCheck.brokenEntry(
                    skipped.lastEntryId(),
                    Reason.TRUNCATED_TAIL,
                    "检查点 #" + skipped.sequence() + " 覆盖的第 " + skipped.lastEntryId() + " 号记录已不存在：末尾的记录被删除后又有新记录写入");
        }
        return null;
    }

    /** Checkpoints ending at the entry just taken (or at the empty start) must match the chain so far. */
    private void passCheckpoints() {
        while (broken == null
                && nextCheckpoint < checkpoints.size()
                && checkpoints.get(nextCheckpoint).lastEntryId() == lastEntryId) {
            AuditCheckpoint checkpoint = checkpoints.get(nextCheckpoint);
            if (!checkpoint.headHash().equals(previousHash) || checkpoint.entryCount() != count) {
                long from = firstSinceCheckpoint == 0 ? lastEntryId : firstSinceCheckpoint;
                broken = ChainCheck.brokenEntry(
                        from,
                        Reason.REWRITTEN_HISTORY,
                        "链已不能到达检查点 #" + checkpoint.sequence() + " 签名的链头（第 " + checkpoint.lastEntryId()
                                + " 号记录）：该检查点之前的记录被改写或删除，最早可能从第 " + from + " 号起");
            }
            nextCheckpoint++;
            firstSinceCheckpoint = 0;
        }
    }

    private ChainCheck rewritten(AuditEntry entry, String why) {
        return ChainCheck.brokenEntry(entry.id(), Reason.REWRITTEN_HISTORY, "第 " + entry.id() + " 号记录" + why);
    }

    /** What an entry's signature covers: its hash, which covers every field and the chain before. */
    static String entryPayload(String hash) {
        return "xkqz-audit-entry-v2\n" + hash;
    }
}
