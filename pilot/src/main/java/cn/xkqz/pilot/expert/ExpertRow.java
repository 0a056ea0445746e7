package cn.xkqz.pilot.expert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The expert table's row; the public shape, with the declared conflicts, is {@link Expert}. */
@Table("expert")
record ExpertRow(
        @Id UUID id,
        String name,
        List<String> fields,
        String organization,
        @Nullable UUID providerId,
        Instant createdAt) {

    Expert withConflicts(List<ExpertConflict> conflicts) {
        return new Expert(id, name, fields, organization, providerId, conflicts, createdAt);
    }
}
