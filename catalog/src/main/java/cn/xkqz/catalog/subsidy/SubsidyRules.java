package cn.xkqz.catalog.subsidy;

import java.util.ArrayList;
import java.util.List;

/**
 * The city's subsidy rules for digital transformation: level 2 reached → 50 % of the software and
 * hardware spend, at most 500,000 yuan; level 3 or higher → 70 %, at most 700,000 yuan; below level 2
 * nothing; interest on transformation loans in full, at most 50,000 yuan a year. Amounts are rounded
 * down to whole yuan, since they are maxima.
 */
public final class SubsidyRules {

    static final String NOTE = "以上为按政策计算的补贴上限，实际金额以验收评估和审核结果为准";

    private static final long LEVEL_2_CAP = 500_000;
    private static final long LEVEL_3_CAP = 700_000;
    private static final long INTEREST_CAP = 50_000;

    private SubsidyRules() {}

    public static SubsidyEstimate apply(long spendYuan, int expectedLevel, long loanInterestYuan) {
        List<SubsidyEstimate.AppliedRule> rules = new ArrayList<>();
        long subsidy = spendSubsidy(spendYuan, expectedLevel, rules);
        long interestSubsidy = Math.min(loanInterestYuan, INTEREST_CAP);
        if (loanInterestYuan > 0) {
            rules.add(new SubsidyEstimate.AppliedRule("数字化改造贷款全额贴息，每年最高5万元", interestSubsidy));
        }
        long net = spendYuan + loanInterestYuan - subsidy - interestSubsidy;
        return new SubsidyEstimate(subsidy, interestSubsidy, net, List.copyOf(rules), NOTE);
    }

    /** The most one enterprise receives for its transformation spend at {@code level}: 0 below level 2. */
    public static long spendCap(int level) {
        return level >= 3 ? LEVEL_3_CAP : level == 2 ? LEVEL_2_CAP : 0;
    }

    private static long spendSubsidy(long spendYuan, int expectedLevel, List<SubsidyEstimate.AppliedRule> rules) {
        if (expectedLevel >= 3) {
            long amount = Math.min(spendYuan * 7 / 10, spendCap(expectedLevel));
            rules.add(new SubsidyEstimate.AppliedRule("改造后达到三级及以上：补贴软硬件投入的70%，最高70万元", amount));
            return amount;
        }
        if (expectedLevel == 2) {
            long amount = Math.min(spendYuan / 2, spendCap(expectedLevel));
            rules.add(new SubsidyEstimate.AppliedRule("改造后达到二级：补贴软硬件投入的50%，最高50万元", amount));
            return amount;
        }
        rules.add(new SubsidyEstimate.AppliedRule("改造后低于二级：不享受改造投入补贴", 0));
        return 0;
    }
}
