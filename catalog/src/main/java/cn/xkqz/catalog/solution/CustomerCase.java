package cn.xkqz.catalog.solution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A reference customer: who (usually anonymised), in which industry, and what changed for them. */
public record CustomerCase(
        @NotBlank @Size(max = 100) String enterprise,
        @Nullable String industry,
        @NotBlank @Size(max = 500) String outcome) {}
