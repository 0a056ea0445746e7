package cn.xkqz.catalog.curation;

import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.catalog.validation.CheckedCommand;
import cn.xkqz.catalog.validation.Violations;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A solution to recommend, at {@code rank} (1 is first; entries at and after it move down one), with
 * the bureau's written rationale.
 */
public record EntryRequest(
        @NotNull UUID solutionId,
        @NotNull @Min(1) @Max(RecommendedLists.MAX_ENTRIES) Integer rank,
        @NotBlank @Size(max = 1000) String rationale)
        implements CheckedCommand {

    @Override
    public void checkRules(Taxonomy.Codes codes, String prefix, Violations violations) {
        // Field constraints say everything; whether the solution may be recommended is the list's rule.
    }
}
