package cn.xkqz.catalog.error;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The request collides with the current state: a stale version, a key that is already taken, or a
 * lifecycle action the record's state does not allow (then {@link #currentStatus} and {@link
 * #allowedActions} say what is possible instead).
 */
public final class ConflictException extends CatalogException {

    private final @Nullable String currentStatus;
    private final List<String> allowedActions;
    private final boolean staleVersion;

    public ConflictException(String message) {
        this(message, null, List.of(), false);
    }

    private ConflictException(
            String message, @Nullable String currentStatus, List<String> allowedActions, boolean staleVersion) {
        super(message);
        this.currentStatus = currentStatus;
        this.allowedActions = List.copyOf(allowedActions);
        this.staleVersion = staleVersion;
    }

    public static ConflictException staleVersion(String what, Object id, long given) {
        return new ConflictException(
                what + " " + id + " 已被他人修改（你提交的 version 为 " + given + "）：请重新读取最新版本后再提交", null, List.of(), true);
    }

    /** {@code action} is not possible in {@code current}; {@code allowed} are the actions that are. */
    public static ConflictException illegalTransition(
            String what, String action, String current, List<String> allowed, String reason) {
        String detail = what + "当前状态为 " + current + "，不能执行 " + action + (reason.isEmpty() ? "" : "：" + reason)
                + "；当前可执行：" + (allowed.isEmpty() ? "无" : String.join("、", allowed));
        return new ConflictException(detail, current, allowed, false);
    }

    public @Nullable String currentStatus() {
        return currentStatus;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }

    /** Whether the conflict is a stale {@code version} (an HTTP If-Match naming it then fails: 412). */
    public boolean isStaleVersion() {
        return staleVersion;
    }
}
