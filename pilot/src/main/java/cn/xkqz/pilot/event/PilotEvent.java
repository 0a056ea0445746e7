package cn.xkqz.pilot.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** An event of the programme: its day, county and, when limited, how many may register. */
@Table("pilot_event")
record PilotEvent(
        @Id UUID id,
        String title,
        EventType type,
        @Column("event_date") LocalDate date,
        String county,
        @Nullable Integer capacity,
        Instant createdAt) {}
