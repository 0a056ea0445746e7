package cn.xkqz.pilot.chain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A chain case as the public reads it: its lead and members by name. */
public record ChainCaseView(
        UUID id,
        String title,
        @Nullable UUID leadEnterpriseId,
        @Nullable UUID leadProviderId,
        String leadName,
        List<Member> members,
        ChainModel model,
        String summary,
        Instant createdAt) {

    /** An enterprise the lead brought along. */
    public record Member(UUID enterpriseId, String name) {}

    static ChainCaseView of(ChainCase c, Map<UUID, String> names) {
        return new ChainCaseView(
                c.id(),
                c.title(),
                c.leadEnterpriseId(),
                c.leadProviderId(),
                names.getOrDefault(c.leadId(), ""),
                c.memberEnterpriseIds().stream()
                        .map(id -> new Member(id, names.getOrDefault(id, "")))
                        .toList(),
                c.model(),
                c.summary(),
                c.createdAt());
    }
}
