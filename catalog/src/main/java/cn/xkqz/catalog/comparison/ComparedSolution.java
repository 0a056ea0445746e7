package cn.xkqz.catalog.comparison;

import cn.xkqz.catalog.provider.ProviderStatus;
import cn.xkqz.catalog.solution.CustomerCase;
import cn.xkqz.catalog.solution.DeliveryMode;
import cn.xkqz.catalog.solution.PriceRange;
import cn.xkqz.catalog.subsidy.SubsidyEstimate;
import java.util.List;
import java.util.UUID;

/**
 * One column of a comparison: the attributes an enterprise weighs, aligned across solutions, and the
 * subsidy estimate at the low and the high end of the price range.
 */
public record ComparedSolution(
        UUID id,
        String name,
        String summary,
        UUID providerId,
        String providerName,
        ProviderStatus providerStatus,
        List<String> industries,
        List<String> scenes,
        PriceRange priceYuan,
        DeliveryMode deliveryMode,
        int deliveryDays,
        boolean openApi,
        List<CustomerCase> cases,
        boolean recommended,
        boolean stale,
        SubsidyEstimate subsidyAtMinPrice,
        SubsidyEstimate subsidyAtMaxPrice) {}
