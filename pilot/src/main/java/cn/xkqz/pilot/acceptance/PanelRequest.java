package cn.xkqz.pilot.acceptance;

import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.catalog.validation.CheckedCommand;
import cn.xkqz.catalog.validation.Violations;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The experts of a project's acceptance panel: at least three, each once. */
public record PanelRequest(@NotNull @Size(min = 3, max = 9) List<@NotNull UUID> expertIds) implements CheckedCommand {

    @Override
    public void checkRules(Taxonomy.Codes codes, String prefix, Violations violations) {
        if (expertIds != null && expertIds.stream().distinct().count() != expertIds.size()) {
            violations.add(prefix + "expertIds", "同一位专家不能重复");
        }
    }
}
