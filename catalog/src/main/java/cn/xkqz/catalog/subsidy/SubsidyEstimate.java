package cn.xkqz.catalog.subsidy;

import java.util.List;

/**
 * The most the plan pays: {@code subsidyYuan} for the transformation spend alone, the loan interest
 * subsidy separately, and what remains for the enterprise (spend plus interest, less both).
 */
public record SubsidyEstimate(
        long subsidyYuan, long loanInterestSubsidyYuan, long netCostYuan, List<AppliedRule> rules, String note) {

    /** One rule of the plan and what it gives in this case. */
    public record AppliedRule(String rule, long amountYuan) {}
}
