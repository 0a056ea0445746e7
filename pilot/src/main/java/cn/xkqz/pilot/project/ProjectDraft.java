package cn.xkqz.pilot.project;

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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A project as the enterprise and the provider agreed it (共同商定实施方案): the provider's LISTED
 * solutions, the planned spend, the level to reach (2–4: the plan wants level 2 or above after
 * transformation), the dates and the milestones, each due within them.
 */
public record ProjectDraft(
        @NotNull UUID enterpriseId,
        @NotNull UUID providerId,
        @NotEmpty @Size(max = 10) List<@NotNull UUID> solutionIds,
        @NotNull @PositiveOrZero @Max(10_000_000_000L) Long plannedSpendYuan,
        @NotNull @Min(2) @Max(4) Integer targetLevel,
        @NotNull LocalDate startDate,
        @NotNull LocalDate plannedEndDate,
        @Size(max = 30) List<@Valid @NotNull MilestoneDraft> milestones)
        implements CheckedCommand {

    public ProjectDraft {
        milestones = milestones == null ? List.of() : milestones;
    }

    @Override
    public void checkRules(Taxonomy.Codes codes, String prefix, Violations violations) {
        if (solutionIds != null && solutionIds.stream().distinct().count() != solutionIds.size()) {
            violations.add(prefix + "solutionIds", "方案不能重复");
        }
        if (startDate == null || plannedEndDate == null) {
            return;
        }
        if (plannedEndDate.isBefore(startDate)) {
            violations.add(prefix + "plannedEndDate", "计划完成日期不能早于开始日期 " + startDate);
        }
        for (int i = 0; i < milestones.size(); i++) {
            MilestoneDraft milestone = milestones.get(i);
            LocalDate due = milestone == null ? null : milestone.dueDate();
            if (due != null && (due.isBefore(startDate) || due.isAfter(plannedEndDate))) {
                violations.add(
                        prefix + "milestones[" + i + "].dueDate",
                        "须在项目开始日期 " + startDate + " 与计划完成日期 " + plannedEndDate + " 之间");
            }
        }
    }
}
