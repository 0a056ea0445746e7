package cn.xkqz.catalog.solution;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A 小快轻准 solution as the catalogue shows it, with its provider's name. {@code stale}: the provider has
 * not confirmed the listing for {@link #FRESH_FOR}.
 */
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
        Instant updatedAt,
        Instant lastConfirmedAt,
        boolean stale) {

    /** How long a listing stays fresh without its provider confirming it. */
    public static final Period FRESH_FOR = Period.ofMonths(12);

    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    /** Whether a listing last confirmed at {@code lastConfirmedAt} is stale at {@code now}. */
    public static boolean staleAt(Instant lastConfirmedAt, Instant now) {
        return lastConfirmedAt.isBefore(now.atZone(CITY).minus(FRESH_FOR).toInstant());
    }
}
