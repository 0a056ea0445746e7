package cn.xkqz.pilot.fund;

/** The programme lines of the city plan's subsidy funds (四、保障措施), in the plan's order. */
public enum FundCode {
    TRANSFORMATION,
    LOAN_INTEREST,
    DIAGNOSIS_FEE,
    ACCEPTANCE_FEE,
    SHOWCASE_AWARD,
    PROVIDER_AWARD,
    SOLUTION_AWARD,
    CHAIN_CASE_AWARD,
    SPECIALIZED_AWARD,
    TRAINING,
    EVENTS
}
