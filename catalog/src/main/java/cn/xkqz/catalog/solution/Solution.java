package cn.xkqz.catalog.solution;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A 小快轻准 solution as the catalogue shows it, with its provider's name. */
public record Solution(
        UUID id,
        UUID providerId,
        String providerName,
        String name,
        String summary,
        String description,
        List<String> industries,
        List<String> scenes,
        List<String> keywords,
        DeliveryMode deliveryMode,
        PriceRange priceYuan,
        int deliveryDays,
        boolean openApi,
        List<CustomerCase> cases,
        SolutionStatus status,
        long version,
        Instant createdAt,
        Instant updatedAt) {}
