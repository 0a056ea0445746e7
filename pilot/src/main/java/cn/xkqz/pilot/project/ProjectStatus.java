package cn.xkqz.pilot.project;

/**
 * Where a transformation project stands: agreed (PLANNED), under way once the provider confirms
 * (IMPLEMENTING), waiting for its acceptance (ACCEPTANCE_REQUESTED), then decided by the bureau on the
 * panel's reviews (ACCEPTED, FAILED) or given up before that (CANCELLED). See {@link ProjectAction}.
 */
public enum ProjectStatus {
    PLANNED,
    IMPLEMENTING,
    ACCEPTANCE_REQUESTED,
    ACCEPTED,
    FAILED,
    CANCELLED;

    /** Whether acceptance decided it. */
    public boolean isDecided() {
        return this == ACCEPTED || this == FAILED;
    }
}
