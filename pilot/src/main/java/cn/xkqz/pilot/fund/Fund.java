package cn.xkqz.pilot.fund;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A fund: its budget and the most one enterprise may receive from it (per year, for loan interest).
 * What it committed and paid is summed from its claims ({@link FundView}).
 */
@Table("fund")
record Fund(
        @Id FundCode code,
        String name,
        String rule,
        long budgetYuan,
        @Nullable Long perEnterpriseCapYuan,
        boolean perYear,
        @Version long version,
        Instant updatedAt) {

    Fund withBudget(long budget, Instant now) {
        return new Fund(code, name, rule, budget, perEnterpriseCapYuan, perYear, version, now);
    }
}
