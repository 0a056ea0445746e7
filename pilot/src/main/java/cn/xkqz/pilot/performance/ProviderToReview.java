package cn.xkqz.pilot.performance;

import java.util.List;
import java.util.UUID;

/** A provider bureau staff should look at again (优胜劣汰), with its figures and why it is flagged. */
public record ProviderToReview(
        UUID providerId, String providerName, ProviderPerformance performance, List<String> reasons) {}
