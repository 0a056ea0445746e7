package cn.xkqz.pilot.project;

import static cn.xkqz.pilot.project.ProjectStatus.ACCEPTANCE_REQUESTED;
import static cn.xkqz.pilot.project.ProjectStatus.CANCELLED;
import static cn.xkqz.pilot.project.ProjectStatus.IMPLEMENTING;
import static cn.xkqz.pilot.project.ProjectStatus.PLANNED;

import cn.xkqz.catalog.Viewers;
import cn.xkqz.catalog.lifecycle.LifecycleAction;
import java.util.Set;

/**
 * The steps a project's parties take through {@code POST /projects/{id}/transitions}. Acceptance itself
 * (the panel, the reviews, the decision) has its own endpoints; its outcome is logged as ACCEPT or FAIL.
 */
public enum ProjectAction implements LifecycleAction {
    /** The provider confirms the agreed plan and starts work. */
    CONFIRM(Set.of(PLANNED), IMPLEMENTING, Set.of(Viewers.PROVIDER)),
    /** The provider reports progress (a percent, optionally a milestone done). */
    REPORT_PROGRESS(Set.of(IMPLEMENTING), IMPLEMENTING, Set.of(Viewers.PROVIDER)),
    /** The enterprise (or the bureau for it) says the work is done and asks for acceptance. */
    REQUEST_ACCEPTANCE(Set.of(IMPLEMENTING), ACCEPTANCE_REQUESTED, Set.of(Viewers.ENTERPRISE, Viewers.BUREAU)),
    /** The enterprise or the bureau gives the project up, before it is decided. */
    CANCEL(Set.of(PLANNED, IMPLEMENTING, ACCEPTANCE_REQUESTED), CANCELLED, Set.of(Viewers.ENTERPRISE, Viewers.BUREAU));

    private final Set<ProjectStatus> from;
    private final ProjectStatus to;
    private final Set<String> parties;

    ProjectAction(Set<ProjectStatus> from, ProjectStatus to, Set<String> parties) {
        this.from = from;
        this.to = to;
        this.parties = parties;
    }

    boolean startsFrom(ProjectStatus status) {
        return from.contains(status);
    }

    ProjectStatus target() {
        return to;
    }

    /** Whether a party of this role ({@code PROVIDER}, {@code ENTERPRISE}, {@code BUREAU}) takes it. */
    boolean takenBy(String role) {
        return parties.contains(role);
    }

    @Override
    public boolean byOwner() {
        return !parties.contains(Viewers.BUREAU);
    }

    @Override
    public boolean needsComment() {
        return this == CANCEL;
    }
}
