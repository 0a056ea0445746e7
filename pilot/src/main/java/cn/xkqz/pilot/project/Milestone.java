package cn.xkqz.pilot.project;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A milestone of a project's plan: due by a date, done on the date the provider reported it. */
@Table("project_milestone")
public record Milestone(
        @Id UUID id,
        UUID projectId,
        int position,
        String name,
        LocalDate dueDate,
        @Nullable LocalDate doneOn) {

    /** Late: done after its due date, or not done and past it (unless the project was cancelled). */
    boolean lateOn(LocalDate today, ProjectStatus status) {
        LocalDate done = doneOn;
        return done == null ? status != ProjectStatus.CANCELLED && today.isAfter(dueDate) : done.isAfter(dueDate);
    }

    Milestone finishedOn(LocalDate day) {
        return new Milestone(id, projectId, position, name, dueDate, day);
    }
}
