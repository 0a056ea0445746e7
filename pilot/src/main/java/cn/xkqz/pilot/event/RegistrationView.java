package cn.xkqz.pilot.event;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A registration as bureau staff read it: who ({@code role} ENTERPRISE or PROVIDER), and whether it came. */
public record RegistrationView(
        UUID id,
        UUID eventId,
        String role,
        UUID orgId,
        String orgName,
        Instant registeredAt,
        @Nullable Instant attendedAt) {}
