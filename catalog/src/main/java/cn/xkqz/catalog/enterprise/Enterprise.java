package cn.xkqz.catalog.enterprise;

import cn.xkqz.catalog.Masking;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A manufacturer in the pilot (一企一档). */
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
        @Nullable String contactName,
        @Nullable String contactPhone,
        @Version long version,
        Instant createdAt,
        Instant updatedAt) {

    /**
     * The same enterprise with its credit code and every contact field masked, for readers other than
     * itself and bureau staff.
     */
    public Enterprise masked() {
        return new Enterprise(
                id,
                Masking.creditCode(creditCode),
                name,
                industry,
                county,
                scale,
                specialization,
                batch,
                contactName == null ? null : Masking.name(contactName),
                contactPhone == null ? null : Masking.phone(contactPhone),
                version,
                createdAt,
                updatedAt);
    }
}
