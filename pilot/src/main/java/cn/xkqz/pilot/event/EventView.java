package cn.xkqz.pilot.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Column;

/** An event with its counts: registered, attended (as bureau staff marked) and intentions signed. */
public record EventView(
        UUID id,
        String title,
        EventType type,
        @Column("event_date") LocalDate date,
        String county,
        @Nullable Integer capacity,
        long registrations,
        long attended,
        long intentions,
        Instant createdAt) {}
