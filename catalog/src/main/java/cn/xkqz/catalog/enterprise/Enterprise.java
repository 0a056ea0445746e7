package cn.xkqz.catalog.enterprise;

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
        Instant updatedAt) {}
