package cn.xkqz.catalog.enterprise;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A manufacturer in the pilot (一企一档), and where it stands on the bureau's roster. */
@Table("enterprise")
public record Enterprise(
        @Id UUID id,
        String creditCode,
        String name,
        String industry,
        String county,
        EnterpriseScale scale,
        Specialization specialization,
        int batch,
        RosterStatus status,
        @Nullable String contactName,
        @Nullable String contactPhone,
        @Version long version,
        Instant createdAt,
        Instant updatedAt) {

    /** The highest tier its scale and specialization reach (kept in step by its recognitions), or null. */
    @JsonProperty("tier")
    public @Nullable Tier tier() {
        return Tier.of(scale, specialization);
    }

    Enterprise raisedTo(Tier tier, Instant now) {
        return new Enterprise(
                id,
                creditCode,
                name,
                industry,
                county,
                tier.raise(scale),
                tier.raise(specialization),
                batch,
                status,
                contactName,
                contactPhone,
                version,
                createdAt,
                now);
    }
}
