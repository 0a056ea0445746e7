package cn.xkqz.catalog.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One step a provider or solution took: the action, the states before and after, who and why. */
@Table("lifecycle_transition")
public record Transition(
        @Id @Nullable Long id,
        String entityType,
        UUID entityId,
        String action,
        String fromStatus,
        String toStatus,
        String comment,
        @Nullable LocalDate effectiveDate,
        String actor,
        String actorRole,
        Instant at) {}
