package cn.xkqz.catalog.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubsidyRulesTest {

    @ParameterizedTest(name = "level {1}, spend {0} → {2}")
    @CsvSource({
        // below level 2: nothing, however much is spent
        "1000000, 1, 0",
        // level 2: half the spend; the cap is reached at exactly 1,000,000
        "400001, 2, 200000",
        "999999, 2, 499999",
        "1000000, 2, 500000",
        "1000001, 2, 500000",
        "5000000, 2, 500000",
        // level 3 and 4: 70 %; the cap is reached at exactly 1,000,000
        "999999, 3, 699999",
        "1000000, 3, 700000",
        "1000001, 3, 700000",
        "300000, 4, 210000",
        "1000000, 4, 700000",
        "9000000, 4, 700000",
        "0, 3, 0"
    })
    void spendSubsidyFollowsLevelAndCap(long spend, int level, long expected) {
        SubsidyEstimate estimate = SubsidyRules.apply(spend, level, 0);

        assertThat(estimate.subsidyYuan()).isEqualTo(expected);
        assertThat(estimate.netCostYuan()).isEqualTo(spend - expected);
        assertThat(estimate.rules())
                .singleElement()
                .satisfies(rule -> assertThat(rule.amountYuan()).isEqualTo(expected));
    }

    @ParameterizedTest(name = "interest {0} → {1}")
    @CsvSource({"30000, 30000", "50000, 50000", "50001, 50000", "200000, 50000"})
    void loanInterestIsPaidInFullUpToTheYearlyCap(long interest, long expected) {
        SubsidyEstimate estimate = SubsidyRules.apply(1_000_000, 3, interest);

        assertThat(estimate.loanInterestSubsidyYuan()).isEqualTo(expected);
        assertThat(estimate.netCostYuan()).isEqualTo(1_000_000 + interest - 700_000 - expected);
        assertThat(estimate.rules()).hasSize(2);
    }

    @Test
    void theContractsExampleAndItsCaveat() {
        SubsidyEstimate estimate = SubsidyRules.apply(1_000_000, 3, 30_000);

        assertThat(estimate.subsidyYuan()).isEqualTo(700_000);
        assertThat(estimate.loanInterestSubsidyYuan()).isEqualTo(30_000);
        assertThat(estimate.netCostYuan()).isEqualTo(300_000);
        assertThat(estimate.note()).contains("上限").contains("验收");
    }
}
