package cn.xkqz.pilot.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A transformation project (改造项目): the enterprise, the provider, the LISTED solutions agreed, the
 * planned spend and target level, the level before (from the latest diagnosis, when there was one), the
 * latest reported percent and, once decided, the level after and the actual spend.
 */
@Table("project")
public record Project(
        @Id UUID id,
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
        @Version long version,
        Instant createdAt,
        Instant updatedAt) {

    Project moved(ProjectStatus to, int newPercent, Instant now) {
        return new Project(
                id,
                enterpriseId,
                providerId,
                solutionIds,
                plannedSpendYuan,
                targetLevel,
                preLevel,
                startDate,
                plannedEndDate,
                to,
                newPercent,
                postLevel,
                actualSpendYuan,
                decidedAt,
                version,
                createdAt,
                now);
    }

    Project decided(ProjectStatus outcome, int level, long spend, Instant now) {
        return new Project(
                id,
                enterpriseId,
                providerId,
                solutionIds,
                plannedSpendYuan,
                targetLevel,
                preLevel,
                startDate,
                plannedEndDate,
                outcome,
                percent,
                level,
                spend,
                now,
                version,
                createdAt,
                now);
    }
}
