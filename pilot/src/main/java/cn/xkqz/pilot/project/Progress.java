package cn.xkqz.pilot.project;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One progress report of the provider (跟踪改造进程): percent done, a note, the milestone finished. */
@Table("project_progress")
public record Progress(
        @Id UUID id,
        UUID projectId,
        int percent,
        String note,
        @Nullable UUID milestoneId,
        String reportedBy,
        Instant reportedAt) {}
