package cn.xkqz.pilot.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A project as its parties and the bureau read it: the record, its milestones (each saying whether it is
 * late), how many are late, and every progress report, oldest first.
 */
public record ProjectView(
        UUID id,
        UUID enterpriseId,
        UUID providerId,
        List<UUID> solutionIds,
        long plannedSpendYuan,
        int targetLevel,
        @Nullable Integer preLevel,
        LocalDate startDate,
        LocalDate plannedEndDate,
        ProjectStatus status,
        int percent,
        @Nullable Integer postLevel,
        @Nullable Long actualSpendYuan,
        @Nullable Instant decidedAt,
        List<MilestoneView> milestones,
        int lateMilestones,
        List<Progress> progress,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** A milestone with whether it is late (done after its due date, or not done past it; see {@link Milestone}). */
    public record MilestoneView(
            UUID id,
            String name,
            LocalDate dueDate,
            @Nullable LocalDate doneOn,
            boolean late) {}

    static ProjectView of(Project p, List<Milestone> milestones, List<Progress> progress, LocalDate today) {
        List<MilestoneView> views = milestones.stream()
                .map(m -> new MilestoneView(m.id(), m.name(), m.dueDate(), m.doneOn(), m.lateOn(today, p.status())))
                .toList();
        int late = (int) views.stream().filter(MilestoneView::late).count();
        return new ProjectView(
                p.id(),
                p.enterpriseId(),
                p.providerId(),
                p.solutionIds(),
                p.plannedSpendYuan(),
                p.targetLevel(),
                p.preLevel(),
                p.startDate(),
                p.plannedEndDate(),
                p.status(),
                p.percent(),
                p.postLevel(),
                p.actualSpendYuan(),
                p.decidedAt(),
                views,
                late,
                progress,
                p.version(),
                p.createdAt(),
                p.updatedAt());
    }
}
