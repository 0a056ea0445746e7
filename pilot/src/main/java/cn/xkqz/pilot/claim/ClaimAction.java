package cn.xkqz.pilot.claim;

import static cn.xkqz.pilot.claim.ClaimStatus.APPROVED;
import static cn.xkqz.pilot.claim.ClaimStatus.OPEN;
import static cn.xkqz.pilot.claim.ClaimStatus.PAID;
import static cn.xkqz.pilot.claim.ClaimStatus.RECOVERED;
import static cn.xkqz.pilot.claim.ClaimStatus.REJECTED;

import cn.xkqz.catalog.lifecycle.LifecycleAction;
import java.util.Set;

/**
 * Bureau staff's moves of a claim: approve it against its fund (remaining budget, the enterprise's cap),
 * pay it (with the payment's reference), reject it (with why), or recover a paid one (clawback, 收回已拨付
 * 的专项资金, with why).
 */
public enum ClaimAction implements LifecycleAction {
    APPROVE(Set.of(OPEN), APPROVED),
    PAY(Set.of(APPROVED), PAID),
    REJECT(Set.of(OPEN, APPROVED), REJECTED),
    RECOVER(Set.of(PAID), RECOVERED);

    private final Set<ClaimStatus> from;
    private final ClaimStatus to;

    ClaimAction(Set<ClaimStatus> from, ClaimStatus to) {
        this.from = from;
        this.to = to;
    }

    boolean startsFrom(ClaimStatus status) {
        return from.contains(status);
    }

    ClaimStatus target() {
        return to;
    }

    @Override
    public boolean byOwner() {
        return false;
    }

    @Override
    public boolean needsComment() {
        return this == REJECT || this == RECOVER;
    }
}
