package cn.xkqz.catalog.enterprise;

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

    /** The same enterprise with its credit code and phone number masked, for readers other than itself. */
    public Enterprise masked() {
        return new Enterprise(
                id,
                mask(creditCode, 4, 2),
                name,
                industry,
                county,
                scale,
                specialization,
                batch,
                contactName,
                contactPhone == null ? null : mask(contactPhone, 3, 4),
                version,
                createdAt,
                updatedAt);
    }

    /** Keeps the first {@code head} and last {@code tail} digits or letters, stars the others. */
    static String mask(String value, int head, int tail) {
        StringBuilder masked = new StringBuilder();
        int significant = (int) value.chars().filter(Character::isLetterOrDigit).count();
        int seen = 0;
        for (char c : value.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                masked.append(seen < head || seen >= significant - tail ? c : '*');
                seen++;
            } else {
                masked.append(c);
            }
        }
        return masked.toString();
    }
}
