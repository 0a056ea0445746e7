package cn.xkqz.catalog.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The result of re-computing the chain: {@code {"valid": true, "entries": 123}}, or
 * {@code {"valid": false, "firstBrokenEntry": "57"}} naming the first entry whose hash (or link to the
 * one before) does not match.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainCheck(
        boolean valid, @Nullable Long entries, @Nullable String firstBrokenEntry) {

    static ChainCheck intact(long entries) {
        return new ChainCheck(true, entries, null);
    }

    static ChainCheck brokenAt(long entry) {
        return new ChainCheck(false, null, String.valueOf(entry));
    }
}
