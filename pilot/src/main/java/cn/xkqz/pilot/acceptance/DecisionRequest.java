package cn.xkqz.pilot.acceptance;

import cn.xkqz.catalog.validation.CheckedCommand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The bureau's acceptance decision: the level after transformation, the actual spend, a comment. */
public record DecisionRequest(
        @NotNull @Min(1) @Max(4) Integer postLevel,
        @NotNull @PositiveOrZero @Max(10_000_000_000L) Long actualSpendYuan,
        @Size(max = 500) @Nullable String comment)
        implements CheckedCommand {

    String commentOrEmpty() {
        return comment == null ? "" : comment.strip();
    }
}
