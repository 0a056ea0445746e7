package cn.xkqz.pilot.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A milestone of a new project's plan: what and by when. */
public record MilestoneDraft(
        @NotBlank @Size(max = 200) String name, @NotNull LocalDate dueDate) {}
