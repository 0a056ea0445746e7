package cn.xkqz.pilot.fund;

import cn.xkqz.catalog.validation.CheckedCommand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** A fund's new budget, with the fund's {@code version} as read (a stale one is refused). */
public record BudgetRequest(
        @NotNull @PositiveOrZero @Max(100_000_000_000L) Long budgetYuan,
        @NotNull Long version) implements CheckedCommand {}
