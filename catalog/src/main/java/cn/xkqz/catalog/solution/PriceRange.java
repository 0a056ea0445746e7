package cn.xkqz.catalog.solution;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Typical price in whole yuan; {@code min <= max} is checked with the solution's other rules. */
public record PriceRange(
        @NotNull @PositiveOrZero @Max(MAX_YUAN) Long min,
        @NotNull @PositiveOrZero @Max(MAX_YUAN) Long max) {

    /** Ten billion yuan: far above any 小快轻准 product, far below overflow. */
    public static final long MAX_YUAN = 10_000_000_000L;
}
