package cn.xkqz.pilot.chain;

import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.catalog.validation.CheckedCommand;
import cn.xkqz.catalog.validation.Violations;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A chain case as bureau staff record it: exactly one lead, and members other than the lead, each once. */
public record ChainCaseDraft(
        @NotBlank @Size(max = 200) String title,
        @Nullable UUID leadEnterpriseId,
        @Nullable UUID leadProviderId,
        @NotEmpty @Size(max = 200) List<@NotNull UUID> memberEnterpriseIds,
        @NotNull ChainModel model,
        @NotBlank @Size(max = 2000) String summary)
        implements CheckedCommand {

    @Override
    public void checkRules(Taxonomy.Codes codes, String prefix, Violations violations) {
        if ((leadEnterpriseId == null) == (leadProviderId == null)) {
            violations.add(prefix + "leadEnterpriseId", "牵头方须且只能填写一个：牵头企业（leadEnterpriseId）或牵头服务商（leadProviderId）");
        }
        if (memberEnterpriseIds == null) {
            return;
        }
        if (memberEnterpriseIds.stream().distinct().count() != memberEnterpriseIds.size()) {
            violations.add(prefix + "memberEnterpriseIds", "带动企业不能重复");
        }
        if (leadEnterpriseId != null && memberEnterpriseIds.contains(leadEnterpriseId)) {
            violations.add(prefix + "memberEnterpriseIds", "牵头企业不能同时是带动企业");
        }
    }
}
