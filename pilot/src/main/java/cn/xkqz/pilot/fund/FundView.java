package cn.xkqz.pilot.fund;

import org.jspecify.annotations.Nullable;

/**
 * A fund as bureau staff read it: budget, the cap per enterprise (per year when {@code perYear}), and
 * the totals of its claims: committed (approved, not yet paid), paid (paid and not recovered) and what
 * remains of the budget.
 */
public record FundView(
        FundCode code,
        String name,
        String rule,
        long budgetYuan,
        @Nullable Long perEnterpriseCapYuan,
        boolean perYear,
        long committedYuan,
        long paidYuan,
        long remainingYuan,
        long version) {}
