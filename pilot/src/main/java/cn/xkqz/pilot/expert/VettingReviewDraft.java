package cn.xkqz.pilot.expert;

import cn.xkqz.catalog.validation.CheckedCommand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An expert's vetting review as submitted: score 0–100, whether the provider passes, and why. */
public record VettingReviewDraft(
        @NotNull @Min(0) @Max(100) Integer score,
        @NotNull Boolean pass,
        @NotBlank @Size(max = 2000) String comment) implements CheckedCommand {}
