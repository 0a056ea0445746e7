package cn.xkqz.catalog.provider;

import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.catalog.validation.CheckedCommand;
import cn.xkqz.catalog.validation.CreditCode;
import cn.xkqz.catalog.validation.Violations;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What a provider says about itself, as created, updated or imported. */
public record ProviderDraft(
        @NotBlank @Size(max = 100) String name,
        @NotNull @CreditCode String creditCode,
        @NotBlank @Size(max = 50) String county,
        @Size(max = 2000) String description,
        @NotEmpty @Size(max = 5) List<String> industries,
        @Size(max = 50) @Nullable String contactName,

        @Size(max = 30) @Pattern(regexp = "[0-9+\\-() ]+", message = "只能包含数字、空格和 + - ( )") @Nullable
        String contactPhone)
        implements CheckedCommand {

    public ProviderDraft {
        creditCode = creditCode == null ? null : creditCode.strip().toUpperCase(Locale.ROOT);
        description = description == null ? "" : description;
    }

    @Override
    public void checkRules(Taxonomy.Codes codes, String prefix, Violations violations) {
        violations.requireKnownCodes(prefix + "industries", industries, codes.industries(), "行业");
    }
}
