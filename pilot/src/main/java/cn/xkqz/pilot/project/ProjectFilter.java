package cn.xkqz.pilot.project;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Which projects a listing shows: by enterprise, provider, status, and only those with overdue milestones. */
public record ProjectFilter(
        @Nullable UUID enterpriseId,
        @Nullable UUID providerId,
        @Nullable ProjectStatus status,
        boolean overdue) {}
