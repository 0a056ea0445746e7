package cn.xkqz.pilot.claim;

import cn.xkqz.catalog.validation.CheckedCommand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.UUID;

/** A loan-interest claim (数转贷贴息) bureau staff open: the enterprise, the year and the interest it paid. */
public record LoanInterestClaim(
        @NotNull UUID enterpriseId,
        @NotNull @Min(2024) @Max(2030) Integer year,
        @NotNull @Positive @Max(100_000_000L) Long interestYuan)
        implements CheckedCommand {}
