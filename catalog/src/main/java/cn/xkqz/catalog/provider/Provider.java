package cn.xkqz.catalog.provider;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A digital service provider (服务商) that lists solutions. */
@Table("provider")
public record Provider(
        @Id UUID id,
        String creditCode,
        String name,
        String county,
        String description,
        List<String> industries,
        @Nullable String contactName,
        @Nullable String contactPhone,
        ProviderStatus status,
        @Version long version,
        Instant createdAt,
        Instant updatedAt) {}
