package cn.xkqz.pilot.acceptance;

import cn.xkqz.catalog.validation.CheckedCommand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The enterprise's rating of a decided project: 1 (very dissatisfied) to 5 (very satisfied). */
public record RatingDraft(
        @NotNull @Min(1) @Max(5) Integer score,
        @Size(max = 500) @Nullable String comment) implements CheckedCommand {}
