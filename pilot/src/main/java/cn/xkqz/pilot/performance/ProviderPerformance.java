package cn.xkqz.pilot.performance;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A provider's results in the pilot (服务商绩效), from its projects: how many, accepted and failed,
 * the pass rate of decided ones, the average level gain (after − before, where the level before is
 * known), the enterprises' average rating and how many milestones were late. Rates are null until
 * there is something to average.
 */
public record ProviderPerformance(
        UUID providerId,
        long projects,
        long accepted,
        long failed,
        @Nullable Double passRate,
        @Nullable Double averageLevelGain,
        @Nullable Double averageRating,
        long lateMilestones) {

    static ProviderPerformance none(UUID providerId) {
        return new ProviderPerformance(providerId, 0, 0, 0, null, null, null, 0);
    }

    long decided() {
        return accepted + failed;
    }
}
