package cn.xkqz.catalog.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The result of verifying the trail: {@code {"valid": true, "entries": 123, "checkpoints": 4,
 * "lastCheckpoint": 4}}, or {@code {"valid": false, "firstBrokenEntry": "57", "reason":
 * "REWRITTEN_HISTORY", "detail": "…"}} naming the first entry (or checkpoint) that does not fit.
 *
 * @param entries entries in the trail (on success)
 * @param checkpoints signed checkpoints found
 * @param lastCheckpoint the sequence of the newest checkpoint, when there is one
 * @param firstBrokenEntry the id of the first entry that does not fit; for a truncated tail, the id of
 *     the missing entry a checkpoint names
 * @param firstBrokenCheckpoint the sequence of the first checkpoint that does not fit, for checkpoint
 *     problems
 * @param detail what was found, in Chinese
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainCheck(
        boolean valid,
        @Nullable Long entries,
        @Nullable String firstBrokenEntry,
        @Nullable Reason reason,
        @Nullable Long firstBrokenCheckpoint,
        @Nullable String detail,
        @Nullable Long checkpoints,
        @Nullable Long lastCheckpoint) {

    /** Why verification failed. */
    public enum Reason {
        /** An entry does not match its own hash or its link to the entry before: edited in place. */
        BROKEN_CHAIN,
        /**
         * The chain is consistent but was recomputed: an entry's signature does not match, or the chain
         * no longer reaches a checkpoint's head hash.
         */
        REWRITTEN_HISTORY,
        /** Entries a checkpoint covers are gone from the end of the trail. */
        TRUNCATED_TAIL,
        /** A checkpoint's signature is not the app's (forged or altered). */
        BAD_CHECKPOINT_SIGNATURE,
        /** A checkpoint is missing: a gap in the sequence, a broken link, or fewer than this app saw. */
        MISSING_CHECKPOINT
    }

    static ChainCheck intact(long entries) {
        return new ChainCheck(true, entries, null, null, null, null, null, null);
    }

    static ChainCheck brokenEntry(long entry, Reason reason, String detail) {
        return new ChainCheck(false, null, String.valueOf(entry), reason, null, detail, null, null);
    }

    static ChainCheck brokenCheckpoint(long sequence, Reason reason, String detail) {
        return new ChainCheck(false, null, null, reason, sequence, detail, null, null);
    }

    ChainCheck withCheckpoints(long count, @Nullable Long last) {
        return new ChainCheck(valid, entries, firstBrokenEntry, reason, firstBrokenCheckpoint, detail, count, last);
    }
}
