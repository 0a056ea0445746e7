package cn.xkqz.pilot.acceptance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a project's acceptance stands: the panel, the reviews (an expert sees only its own, so that
 * each judges independently), the decision and the enterprise's rating once given.
 */
public record AcceptanceView(
        UUID projectId,
        String status,
        List<PanelMember> panel,
        List<AcceptanceReview> reviews,
        int reviewsPending,
        @Nullable Integer postLevel,
        @Nullable Long actualSpendYuan,
        @Nullable Instant decidedAt,
        @Nullable Rating rating) {

    /** An expert of the panel. */
    public record PanelMember(UUID expertId, String name, String organization) {}
}
