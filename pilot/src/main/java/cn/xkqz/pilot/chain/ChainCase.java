package cn.xkqz.pilot.chain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A chain case (“链式”转型典型案例): one lead, enterprise or provider, and the enterprises it brought along. */
@Table("chain_case")
record ChainCase(
        @Id UUID id,
        String title,
        @Nullable UUID leadEnterpriseId,
        @Nullable UUID leadProviderId,
        List<UUID> memberEnterpriseIds,
        ChainModel model,
        String summary,
        Instant createdAt) {

    /** The lead's id, enterprise or provider (the table holds exactly one). */
    UUID leadId() {
        return leadEnterpriseId != null ? leadEnterpriseId : Objects.requireNonNull(leadProviderId);
    }
}
