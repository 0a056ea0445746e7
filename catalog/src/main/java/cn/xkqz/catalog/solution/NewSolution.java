package cn.xkqz.catalog.solution;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A solution a provider creates; it starts as a DRAFT. */
public record NewSolution(
        @Nullable UUID providerId, @JsonUnwrapped SolutionDraft solution) {}
