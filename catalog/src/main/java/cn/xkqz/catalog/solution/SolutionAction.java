package cn.xkqz.catalog.solution;

import static cn.xkqz.catalog.solution.SolutionStatus.DELISTED;
import static cn.xkqz.catalog.solution.SolutionStatus.DRAFT;
import static cn.xkqz.catalog.solution.SolutionStatus.LISTED;
import static cn.xkqz.catalog.solution.SolutionStatus.REJECTED;
import static cn.xkqz.catalog.solution.SolutionStatus.SUBMITTED;

import cn.xkqz.catalog.lifecycle.LifecycleAction;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The moves of a listing: the provider submits (and may withdraw the submission to edit it again), bureau
 * staff list or reject (with the reason), the provider or the bureau delists, the provider re-confirms a
 * live listing once a year, and bureau staff approve or reject the pending revision of a listed solution.
 * Approving a revision names the revision reviewed ({@link #needsRevisionId()}); any step given a
 * {@code version} checks it (see docs/workflows.md).
 */
public enum SolutionAction implements LifecycleAction {
    /** For review: a draft, a delisted solution, or a rejected one that has been fixed. */
    SUBMIT(Set.of(DRAFT, REJECTED, DELISTED), SUBMITTED, true, false),
    /** Takes a submission back to DRAFT so the provider can edit it (a SUBMITTED solution cannot be edited). */
    WITHDRAW(Set.of(SUBMITTED), DRAFT, true, false),
    /** Lists the submission (unchangeable while SUBMITTED); a {@code version} given must be current. */
    APPROVE(Set.of(SUBMITTED), LISTED, false, true),
    REJECT(Set.of(SUBMITTED), REJECTED, false, true),
    DELIST(Set.of(LISTED), DELISTED, true, true),
    /** The provider says the listing is still offered as described (resets the 12-month clock). */
    CONFIRM(Set.of(LISTED), LISTED, true, false),
    /** Puts the pending revision of a listed solution live (only when one is pending, and the one reviewed). */
    APPROVE_REVISION(Set.of(LISTED), LISTED, false, true),
    /** Turns the pending revision down; the listed version stays as it is. */
    REJECT_REVISION(Set.of(LISTED), LISTED, false, true);

    private final Set<SolutionStatus> from;
    private final SolutionStatus to;
    private final boolean byOwner;
    private final boolean needsComment;

    SolutionAction(Set<SolutionStatus> from, SolutionStatus to, boolean byOwner, boolean needsComment) {
        this.from = from;
        this.to = to;
        this.byOwner = byOwner;
        this.needsComment = needsComment;
    }

    boolean startsFrom(SolutionStatus status) {
        return from.contains(status);
    }

    /** Whether the action decides a pending revision (and so needs one). */
    @Override
    public boolean decidesRevision() {
        return this == APPROVE_REVISION || this == REJECT_REVISION;
    }

    @Override
    public boolean needsRevisionId() {
        return this == APPROVE_REVISION;
    }

    /** The actions possible from {@code status}, ignoring whether a revision is pending. */
    static List<String> from(SolutionStatus status) {
        return Arrays.stream(values())
                .filter(action -> action.startsFrom(status))
                .map(Enum::name)
                .toList();
    }

    SolutionStatus target() {
        return to;
    }

    @Override
    public boolean byOwner() {
        return byOwner;
    }

    @Override
    public boolean needsComment() {
        return needsComment;
    }
}
