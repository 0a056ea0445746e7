package cn.xkqz.pilot.claim;

/** Where a subsidy claim stands; see {@link ClaimAction} for the moves. */
public enum ClaimStatus {
    OPEN,
    APPROVED,
    PAID,
    REJECTED,
    RECOVERED
}
