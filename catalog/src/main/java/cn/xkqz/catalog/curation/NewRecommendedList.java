package cn.xkqz.catalog.curation;

import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.catalog.validation.CheckedCommand;
import cn.xkqz.catalog.validation.Violations;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A list to curate: its title and the period it covers ("2025年第一批"). */
public record NewRecommendedList(
        @NotBlank @Size(max = 100) String title,
        @NotBlank @Size(max = 40) String period) implements CheckedCommand {

    @Override
    public void checkRules(Taxonomy.Codes codes, String prefix, Violations violations) {
        // Field constraints say everything.
    }
}
