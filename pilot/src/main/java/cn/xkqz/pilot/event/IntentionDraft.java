package cn.xkqz.pilot.event;

import cn.xkqz.catalog.validation.CheckedCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** An intention signed at the event, between an enterprise and a provider both registered for it. */
public record IntentionDraft(
        @NotNull UUID enterpriseId,
        @NotNull UUID providerId,
        @NotBlank @Size(max = 500) String summary) implements CheckedCommand {}
