package cn.xkqz.pilot.event;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An enterprise's or a provider's registration for an event; {@code attendedAt} once it was there. */
@Table("event_registration")
record Registration(
        @Id UUID id,
        UUID eventId,
        @Nullable UUID enterpriseId,
        @Nullable UUID providerId,
        Instant registeredAt,
        @Nullable Instant attendedAt) {}
