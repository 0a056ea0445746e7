package cn.xkqz.pilot.showcase;

import cn.xkqz.catalog.validation.CheckedCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** A showcase as bureau staff make it from an ACCEPTED project of the enterprise. */
public record ShowcaseDraft(
        @NotNull UUID enterpriseId,
        @NotNull UUID projectId,
        @NotNull ShowcaseCategory category,
        @NotBlank @Size(max = 200) String title,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull Result> results)
        implements CheckedCommand {

    /** A metric before and after (停机时长：每月 30 小时 → 每月 6 小时). */
    public record Result(
            @NotBlank @Size(max = 100) String metric,
            @NotBlank @Size(max = 200) String before,
            @NotBlank @Size(max = 200) String after) {}
}
