package cn.xkqz.catalog.provider;

import cn.xkqz.catalog.Masking;
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
        Instant updatedAt) {

    /** The same provider with its contact person and phone masked, for readers other than itself and the bureau. */
    public Provider masked() {
        return new Provider(
                id,
                creditCode,
                name,
                county,
                description,
                industries,
                contactName == null ? null : Masking.name(contactName),
                contactPhone == null ? null : Masking.phone(contactPhone),
                status,
                version,
                createdAt,
                updatedAt);
    }
}
