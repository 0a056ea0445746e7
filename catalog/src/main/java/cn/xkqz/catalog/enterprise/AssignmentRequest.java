package cn.xkqz.catalog.enterprise;

import cn.xkqz.catalog.validation.CheckedCommand;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Which provider is to diagnose the enterprise. */
public record AssignmentRequest(@NotNull UUID providerId) implements CheckedCommand {}
