package cn.xkqz.pilot.event;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An intention with the project it led to: the first project (not cancelled) of the same enterprise and
 * provider opened on or after the event's day; null until there is one.
 */
public record IntentionView(
        UUID id,
        UUID eventId,
        UUID enterpriseId,
        UUID providerId,
        String summary,
        @Nullable UUID projectId,
        Instant createdAt) {}
