package cn.xkqz.catalog.solution;

import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.catalog.validation.CheckedCommand;
import cn.xkqz.catalog.validation.Violations;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a provider says about a solution, as created, updated or imported. */
public record SolutionDraft(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 200) String summary,
        @NotBlank @Size(max = 5000) String description,
        @NotEmpty @Size(max = 5) List<String> industries,
        @NotEmpty @Size(max = 17) List<String> scenes,
        @Size(max = 20) List<@NotBlank @Size(max = 30) String> keywords,
        @NotNull DeliveryMode deliveryMode,
        @NotNull @Valid PriceRange priceYuan,
        @NotNull @Min(1) @Max(3650) Integer deliveryDays,
        @NotNull Boolean openApi,
        @Size(max = 20) List<@NotNull @Valid CustomerCase> cases)
        implements CheckedCommand {

    public SolutionDraft {
        keywords = keywords == null ? List.of() : keywords;
        cases = cases == null ? List.of() : cases;
    }

    @Override
    public void checkRules(Taxonomy.Codes codes, String prefix, Violations violations) {
        violations.requireKnownCodes(prefix + "industries", industries, codes.industries(), "行业");
        violations.requireKnownCodes(prefix + "scenes", scenes, codes.scenes(), "场景");
        for (int i = 0; i < cases.size(); i++) {
            CustomerCase customerCase = cases.get(i);
            if (customerCase != null) {
                violations.requireKnownCode(
                        prefix + "cases[" + i + "].industry", customerCase.industry(), codes.industries(), "行业");
            }
        }
        if (priceYuan != null
                && priceYuan.min() != null
                && priceYuan.max() != null
                && priceYuan.min() > priceYuan.max()) {
            violations.add(prefix + "priceYuan", "最低价 " + priceYuan.min() + " 高于最高价 " + priceYuan.max());
        }
    }
}
