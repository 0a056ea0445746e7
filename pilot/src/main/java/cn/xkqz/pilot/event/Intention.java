package cn.xkqz.pilot.event;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An intention (合作意向) an enterprise and a provider signed at an event. */
@Table("event_intention")
record Intention(@Id UUID id, UUID eventId, UUID enterpriseId, UUID providerId, String summary, Instant createdAt) {}
