package cn.xkqz.catalog.subsidy;

import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.catalog.validation.CheckedCommand;
import cn.xkqz.catalog.validation.Violations;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise's planned transformation: software and hardware spend, the digital level it expects to
 * reach (1–4), and the yearly interest on a transformation loan if it takes one.
 */
public record SubsidyRequest(
        @NotNull @PositiveOrZero @Max(SubsidyRequest.MAX_YUAN)
        Long spendYuan,

        @NotNull @Min(1) @Max(4) Integer expectedLevel,

        @PositiveOrZero @Max(SubsidyRequest.MAX_YUAN) @Nullable
        Long loanInterestYuan)
        implements CheckedCommand {

    /** Ten billion yuan: beyond any SME's transformation, and far from overflowing a long. */
    static final long MAX_YUAN = 10_000_000_000L;

    @Override
    public void checkRules(Taxonomy.Codes codes, String prefix, Violations violations) {
        // Field constraints say everything.
    }
}
