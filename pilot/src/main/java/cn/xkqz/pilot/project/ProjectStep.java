package cn.xkqz.pilot.project;

import cn.xkqz.catalog.lifecycle.TransitionRequest;
import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.catalog.validation.CheckedCommand;
import cn.xkqz.catalog.validation.Violations;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A step of a project's lifecycle: the action and its comment (the progress note, the reason to
 * cancel), and for REPORT_PROGRESS the percent done and, optionally, the milestone finished.
 */
public record ProjectStep(
        @NotBlank @Size(max = 40) String action,
        @Size(max = 500) @Nullable String comment,
        @Min(0) @Max(100) @Nullable Integer percent,
        @Nullable UUID milestoneId)
        implements CheckedCommand {

    @Override
    public void checkRules(Taxonomy.Codes codes, String prefix, Violations violations) {
        boolean progress = ProjectAction.REPORT_PROGRESS.name().equals(action);
        if (progress && percent == null) {
            violations.add(prefix + "percent", "REPORT_PROGRESS 须填写完成百分比（0–100）");
        }
        if (!progress && percent != null) {
            violations.add(prefix + "percent", "只有 REPORT_PROGRESS 填写完成百分比");
        }
        if (!progress && milestoneId != null) {
            violations.add(prefix + "milestoneId", "只有 REPORT_PROGRESS 可以报告完成的里程碑");
        }
    }

    /** The lifecycle's common part of the step. */
    TransitionRequest asTransition() {
        return new TransitionRequest(action, comment, null);
    }
}
