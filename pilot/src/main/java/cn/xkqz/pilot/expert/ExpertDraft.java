package cn.xkqz.pilot.expert;

import cn.xkqz.catalog.error.Quoted;
import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.catalog.validation.CheckedCommand;
import cn.xkqz.catalog.validation.Violations;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A new expert of the pool: name, fields of expertise (from {@link ExpertFields}), organisation, the
 * provider it works for (if any) and conflicts it declares from the start.
 */
public record ExpertDraft(
        @NotBlank @Size(max = 100) String name,
        @NotEmpty @Size(max = 12) List<String> fields,
        @NotBlank @Size(max = 200) String organization,
        @Nullable UUID providerId,
        @Size(max = 50) List<@Valid ConflictDeclaration> conflicts)
        implements CheckedCommand {

    public ExpertDraft {
        conflicts = conflicts == null ? List.of() : conflicts;
    }

    @Override
    public void checkRules(Taxonomy.Codes codes, String prefix, Violations violations) {
        for (int i = 0; fields != null && i < fields.size(); i++) {
            if (!ExpertFields.ALL.contains(fields.get(i))) {
                violations.add(
                        prefix + "fields[" + i + "]",
                        "未知的专业领域" + Quoted.value(fields.get(i)) + "，可选：" + String.join("、", ExpertFields.ALL));
            }
        }
        if (fields != null && fields.size() != fields.stream().distinct().count()) {
            violations.add(prefix + "fields", "专业领域不能重复");
        }
    }
}
