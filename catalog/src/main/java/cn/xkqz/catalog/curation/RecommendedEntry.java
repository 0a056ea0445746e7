package cn.xkqz.catalog.curation;

import cn.xkqz.catalog.solution.DeliveryMode;
import cn.xkqz.catalog.solution.PriceRange;
import java.util.List;
import java.util.UUID;

/**
 * One recommended solution: its rank and rationale, and the solution's fields (live while the list is
 * a draft, as they were at publication once it is published).
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
        long solutionVersion) {}
