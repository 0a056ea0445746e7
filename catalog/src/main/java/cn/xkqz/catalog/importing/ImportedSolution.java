package cn.xkqz.catalog.importing;

import cn.xkqz.catalog.solution.SolutionDraft;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A solution in an import file: its {@code ref}, its provider's {@code ref} in the same file, its fields. */
public record ImportedSolution(
        String ref, String providerRef, @JsonUnwrapped SolutionDraft solution) {}
