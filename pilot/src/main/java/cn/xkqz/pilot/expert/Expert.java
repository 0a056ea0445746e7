package cn.xkqz.pilot.expert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An expert of the pool: fields of expertise, organisation, the provider it works for (if any) and the
 * organisations it declared a conflict of interest with. Either kind of tie keeps it off that
 * organisation's vetting and acceptance panels.
 */
public record Expert(
        UUID id,
        String name,
        List<String> fields,
        String organization,
        @Nullable UUID providerId,
        List<ExpertConflict> conflicts,
        Instant createdAt) {

    /** Why the expert may not judge work by {@code orgIds} (a provider, an enterprise), or null when it may. */
    public @Nullable String tieTo(List<UUID> orgIds) {
        if (providerId != null && orgIds.contains(providerId)) {
            return "专家 " + name + "（" + id + "）受聘于服务商 " + providerId;
        }
        return conflicts.stream()
                .filter(conflict -> orgIds.contains(conflict.orgId()))
                .findFirst()
                .map(conflict -> "专家 " + name + "（" + id + "）申报了与 " + conflict.orgId() + " 的利益冲突：" + conflict.reason())
                .orElse(null);
    }
}
