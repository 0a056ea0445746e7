package cn.xkqz.catalog.enterprise;

import cn.xkqz.catalog.taxonomy.Industry;
import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.catalog.validation.CheckedCommand;
import cn.xkqz.catalog.validation.CreditCode;
import cn.xkqz.catalog.validation.Violations;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** An enterprise's profile as registered. */
public record EnterpriseDraft(
        @NotBlank @Size(max = 100) String name,
        @NotNull @CreditCode String creditCode,
        @NotBlank String industry,
        @NotBlank @Size(max = 50) String county,
        @NotNull EnterpriseScale scale,
        @NotNull Specialization specialization,
        @NotNull @Min(1) @Max(100) Integer batch,
        @Size(max = 50) @Nullable String contactName,

        @Size(max = 30) @Pattern(regexp = "[0-9+\\-() ]+", message = "只能包含数字、空格和 + - ( )") @Nullable
        String contactPhone)
        implements CheckedCommand {

    public EnterpriseDraft {
        creditCode = creditCode == null ? null : creditCode.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public void checkRules(Taxonomy.Codes codes, String prefix, Violations violations) {
        if (Industry.GENERAL.equals(industry)) {
            violations.add(prefix + "industry", "企业须属于一个具体行业，GENERAL 只用于跨行业方案");
        } else {
            violations.requireKnownCode(prefix + "industry", industry, codes.industries(), "行业");
        }
    }
}
