package cn.xkqz.catalog.curation;

import cn.xkqz.catalog.solution.DeliveryMode;
import cn.xkqz.catalog.solution.PriceRange;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One recommended solution: its rank and rationale, and the solution's fields (live while the list is
 * a draft, as they were at publication once it is published). {@code withdrawn} is always live: the
 * solution has since left the public pool (delisted, or its provider is no longer ACTIVE), and {@code
 * withdrawnReason} says why.
 */
public record RecommendedEntry(
        int rank,
        String rationale,
        UUID solutionId,
        String name,
        String summary,
        UUID providerId,
        String providerName,
        List<String> industries,
        List<String> scenes,
        DeliveryMode deliveryMode,
        PriceRange priceYuan,
        int deliveryDays,
        long solutionVersion,
        boolean withdrawn,
        @Nullable String withdrawnReason) {

    /** This entry as it stands now: withdrawn when {@code reason} is not empty. */
    RecommendedEntry standing(String reason) {
        return new RecommendedEntry(
                rank,
                rationale,
                solutionId,
                name,
                summary,
                providerId,
                providerName,
                industries,
                scenes,
                deliveryMode,
                priceYuan,
                deliveryDays,
                solutionVersion,
                !reason.isEmpty(),
                reason.isEmpty() ? null : reason);
    }
}
