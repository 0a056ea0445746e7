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

    public ConflictException(String message) {
        this(message, null, List.of());
    }

    private ConflictException(String message, @Nullable String currentStatus, List<String> allowedActions) {
        super(message);
        this.currentStatus = currentStatus;
        this.allowedActions = List.copyOf(allowedActions);
    }

    public static ConflictException staleVersion(String what, Object id, long given) {
        return new ConflictException(what + " " + id + " 已被他人修改（你提交的 version 为 " + given + "）：请重新读取最新版本后再提交");
    }

    /** {@code action} is not possible in {@code current}; {@code allowed} are the actions that are. */
    public static ConflictException illegalTransition(
            String what, String action, String current, List<String> allowed, String reason) {
        String detail = what + "当前状态为 " + current + "，不能执行 " + action + (reason.isEmpty() ? "" : "：" + reason)
                + "；当前可执行：" + (allowed.isEmpty() ? "无" : String.join("、", allowed));
        return new ConflictException(detail, current, allowed);
    }

    public @Nullable String currentStatus() {
        return currentStatus;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }
}
