package cn.xkqz.catalog.diagnosis;

import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.catalog.validation.CheckedCommand;
import cn.xkqz.catalog.validation.Violations;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A diagnosis as submitted: the digital level found (1–4), the budget, the pain points, the demand
 * scenes and, when a provider diagnosed the enterprise, its report (转型诊断报告).
 */
public record DiagnosisDraft(
        @NotNull @Min(1) @Max(4) Integer level,
        @PositiveOrZero @Max(10_000_000_000L) @Nullable Long budgetYuan,
        @NotEmpty @Size(max = PainPoints.MAX) List<@Valid PainPoint> painPoints,
        @Size(max = 17) List<String> demandScenes,
        @Size(max = 20_000) @Nullable String report)
        implements CheckedCommand {

    /** A diagnosis without a report (the enterprise's own, or the bureau's). */
    public DiagnosisDraft(
            Integer level, @Nullable Long budgetYuan, List<PainPoint> painPoints, List<String> demandScenes) {
        this(level, budgetYuan, painPoints, demandScenes, null);
    }

    public DiagnosisDraft {
        demandScenes = demandScenes == null ? List.of() : demandScenes;
    }

    @Override
    public void checkRules(Taxonomy.Codes codes, String prefix, Violations violations) {
        PainPoints.checkRules(painPoints, codes, prefix, violations);
        violations.requireKnownCodes(prefix + "demandScenes", demandScenes, codes.scenes(), "场景");
    }
}
