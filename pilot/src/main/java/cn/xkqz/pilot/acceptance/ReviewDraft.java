package cn.xkqz.pilot.acceptance;

import cn.xkqz.catalog.validation.CheckedCommand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A panel expert's review as submitted: the level it found (MIIT indicators, 1–4), pass or not, why. */
public record ReviewDraft(
        @NotNull @Min(1) @Max(4) Integer assessedLevel,
        @NotNull Boolean pass,
        @NotBlank @Size(max = 2000) String comment)
        implements CheckedCommand {}
