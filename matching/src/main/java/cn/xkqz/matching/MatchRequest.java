package cn.xkqz.matching;

import cn.xkqz.catalog.diagnosis.PainPoint;
import cn.xkqz.catalog.diagnosis.PainPoints;
import cn.xkqz.catalog.taxonomy.Industry;
import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.catalog.validation.CheckedCommand;
import cn.xkqz.catalog.validation.Violations;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A described need to rank solutions for: the enterprise's industry, pain points, scenes and budget. */
public record MatchRequest(
        @NotBlank String industry,
        @NotEmpty @Size(max = PainPoints.MAX) List<@Valid PainPoint> painPoints,
        @Size(max = 17) List<String> demandScenes,
        @PositiveOrZero @Max(10_000_000_000L) @Nullable Long budgetYuan,
        @Min(1) @Max(100) Integer size)
        implements CheckedCommand {

    public static final int DEFAULT_SIZE = 10;

    public MatchRequest {
        demandScenes = demandScenes == null ? List.of() : demandScenes;
        size = size == null ? DEFAULT_SIZE : size;
    }

    @Override
    public void checkRules(Taxonomy.Codes codes, String prefix, Violations violations) {
        if (Industry.GENERAL.equals(industry)) {
            violations.add(prefix + "industry", "企业须属于一个具体行业，GENERAL 只用于跨行业方案");
        } else {
            violations.requireKnownCode(prefix + "industry", industry, codes.industries(), "行业");
        }
        PainPoints.checkRules(painPoints, codes, prefix, violations);
        violations.requireKnownCodes(prefix + "demandScenes", demandScenes, codes.scenes(), "场景");
    }
}
