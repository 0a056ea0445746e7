package cn.xkqz.pilot.expert;

import cn.xkqz.catalog.validation.CheckedCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A declared conflict of interest: the organisation (provider or enterprise id) and why. */
public record ConflictDeclaration(
        @NotNull UUID orgId, @NotBlank @Size(max = 500) String reason) implements CheckedCommand {}
