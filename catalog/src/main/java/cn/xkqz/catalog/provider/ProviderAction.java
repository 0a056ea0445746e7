package cn.xkqz.catalog.provider;

import static cn.xkqz.catalog.provider.ProviderStatus.ACTIVE;
import static cn.xkqz.catalog.provider.ProviderStatus.APPEALING;
import static cn.xkqz.catalog.provider.ProviderStatus.APPLIED;
import static cn.xkqz.catalog.provider.ProviderStatus.EXPERT_PASSED;
import static cn.xkqz.catalog.provider.ProviderStatus.PRELIMINARY_PASSED;
import static cn.xkqz.catalog.provider.ProviderStatus.PUBLICIZING;
import static cn.xkqz.catalog.provider.ProviderStatus.REJECTED;
import static cn.xkqz.catalog.provider.ProviderStatus.REMOVED;
import static cn.xkqz.catalog.provider.ProviderStatus.SUSPENDED;
import static cn.xkqz.catalog.provider.ProviderStatus.WARNED;

import cn.xkqz.catalog.lifecycle.LifecycleAction;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The moves of a provider's lifecycle. All are bureau actions with a comment, except the provider's own
 * appeal (once, against a rejection or a suspension). The outcome of an appeal depends on what was
 * appealed, so {@link #to} is null for those two; deciding a pending profile revision keeps the status.
 */
public enum ProviderAction implements LifecycleAction {
    PASS_PRELIMINARY(Set.of(APPLIED), PRELIMINARY_PASSED),
    PASS_EXPERT(Set.of(PRELIMINARY_PASSED), EXPERT_PASSED),
    /** Starts the public notice; the date is its last day. */
    PUBLICIZE(Set.of(EXPERT_PASSED), PUBLICIZING),
    /** Takes the provider into the pool once its notice has ended. */
    ACTIVATE(Set.of(PUBLICIZING), ACTIVE),
    REJECT(Set.of(APPLIED, PRELIMINARY_PASSED, EXPERT_PASSED, PUBLICIZING), REJECTED),
    /** Asks the provider to fix something by the date. */
    WARN(Set.of(ACTIVE), WARNED),
    CLEAR_WARNING(Set.of(WARNED), ACTIVE),
    SUSPEND(Set.of(WARNED), SUSPENDED),
    REINSTATE(Set.of(SUSPENDED), ACTIVE),
    REMOVE(Set.of(SUSPENDED), REMOVED),
    /** The provider's one appeal against a rejection or a suspension. */
    APPEAL(Set.of(REJECTED, SUSPENDED), APPEALING),
    /** Upholds the appeal: a rejected provider is reviewed afresh, a suspended one is active again. */
    GRANT_APPEAL(Set.of(APPEALING), null),
    /** Dismisses the appeal: the provider is back where it was. */
    DISMISS_APPEAL(Set.of(APPEALING), null),
    /** Applies the pending profile revision the reviewer read (its {@code revisionId}); status unchanged. */
    APPROVE_REVISION(EnumSet.allOf(ProviderStatus.class), null),
    /** Turns the pending profile revision down; the profile stays as it is. */
    REJECT_REVISION(EnumSet.allOf(ProviderStatus.class), null);

    private final Set<ProviderStatus> from;
    private final @Nullable ProviderStatus to;

    ProviderAction(Set<ProviderStatus> from, @Nullable ProviderStatus to) {
        this.from = from;
        this.to = to;
    }

    boolean startsFrom(ProviderStatus status) {
        return from.contains(status);
    }

    /**
     * Where the action leads from {@code current}; for an appeal's outcome, {@code appealed} is the state
     * appealed against.
     */
    ProviderStatus target(ProviderStatus current, ProviderStatus appealed) {
        if (to != null) {
            return to;
        }
        if (decidesRevision()) {
            return current;
        }
        if (this == DISMISS_APPEAL) {
            return appealed;
        }
        return appealed == REJECTED ? APPLIED : ACTIVE;
    }

    @Override
    public boolean decidesRevision() {
        return this == APPROVE_REVISION || this == REJECT_REVISION;
    }

    @Override
    public boolean needsRevisionId() {
        return this == APPROVE_REVISION;
    }

    @Override
    public boolean byOwner() {
        return this == APPEAL;
    }

    @Override
    public boolean needsComment() {
        return true;
    }

    @Override
    public String dateMeaning() {
        return switch (this) {
            case PUBLICIZE -> "公示截止日期";
            case WARN -> "整改期限";
            default -> "";
        };
    }
}
