package cn.xkqz.api.catalog;

import cn.xkqz.catalog.error.ConflictException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ETag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/**
 * ETags from records' {@code version}, and {@code If-Match} on PUT. The tag is strong ({@code "3"}):
 * If-Match compares strongly (RFC 9110 §13.1.1), so a weak tag could never match, and what it guards
 * is exactly the version a write checks. It names the record's own state: fields shown with it from
 * other records (a solution's {@code providerName}) or masked per caller do not change it.
 */
final class VersionTags {

    private VersionTags() {}

    static String of(long version) {
        return "\"" + version + "\"";
    }

    static <T> ResponseEntity<T> ok(T body, long version) {
        return ResponseEntity.ok().eTag(of(version)).body(body);
    }

    /**
     * An edit's answer: the applied record (200) with its new tag, or the pending revision (202), which
     * leaves the record, and its tag, as they were.
     */
    static <T> ResponseEntity<Object> edited(@Nullable T applied, ToLongFunction<T> version, @Nullable Object pending) {
        return applied != null
                ? ResponseEntity.ok().eTag(of(version.applyAsLong(applied))).<Object>body(applied)
                : ResponseEntity.accepted().<Object>body(pending);
    }

    /**
     * The version a PUT edits: the body's, or If-Match's when the body has none. Both given must agree,
     * else 412 at once: the request names two versions and no record can be at both.
     */
    static @Nullable Long version(@Nullable String ifMatch, @Nullable Long body) {
        if (!namesVersions(ifMatch)) {
            return body;
        }
        List<Long> named = ETag.parse(Objects.requireNonNull(ifMatch)).stream()
                .filter(tag -> !tag.weak())
                .map(VersionTags::version)
                .filter(Objects::nonNull)
                .toList();
        if (body != null && !named.contains(body)) {
            throw failed("If-Match 与请求体中的 version（" + body + "）不一致");
        }
        if (body == null && named.size() != 1) {
            throw failed("If-Match 须是读取记录时得到的那一个 ETag，例如 \"3\"");
        }
        return body != null ? body : named.getFirst();
    }

    /** With If-Match, a stale version is the precondition failing (412) rather than a conflict (409). */
    static Function<Throwable, Throwable> staleAsFailed(@Nullable String ifMatch) {
        return error ->
                namesVersions(ifMatch) && error instanceof ConflictException conflict && conflict.isStaleVersion()
                        ? failed(conflict.getMessage())
                        : error;
    }

    /** {@code If-Match: *} asks only that the record exist, which the edit checks anyway. */
    private static boolean namesVersions(@Nullable String ifMatch) {
        return ifMatch != null && ETag.parse(ifMatch).stream().noneMatch(ETag::isWildcard);
    }

    private static @Nullable Long version(ETag tag) {
        try {
            return Long.valueOf(tag.tag());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ResponseStatusException failed(@Nullable String detail) {
        return new ResponseStatusException(HttpStatus.PRECONDITION_FAILED, detail);
    }
}
