package cn.xkqz.pilot.event;

import cn.xkqz.catalog.validation.CheckedCommand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An event as bureau staff announce it (or record one already held: a past date is allowed, registering
 * for it is not); {@code capacity} absent means no limit.
 */
public record EventDraft(
        @NotBlank @Size(max = 200) String title,
        @NotNull EventType type,
        @NotNull LocalDate date,
        @NotBlank @Size(max = 40) String county,
        @Nullable @Positive @Max(100_000) Integer capacity)
        implements CheckedCommand {}
