package cn.xkqz.pilot.event;

import cn.xkqz.catalog.validation.CheckedCommand;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The registered enterprises and providers bureau staff saw at the event. */
public record AttendanceRequest(@NotEmpty @Size(max = 1000) List<@NotNull UUID> orgIds) implements CheckedCommand {}
