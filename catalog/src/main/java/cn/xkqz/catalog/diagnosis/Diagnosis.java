package cn.xkqz.catalog.diagnosis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One version of an enterprise's diagnosis; {@code diagnosedBy} is the provider that wrote it (null when
 * the enterprise or the bureau did), with its report.
 */
public record Diagnosis(
        UUID id,
        UUID enterpriseId,
        int version,
        int level,
        @Nullable Long budgetYuan,
        List<PainPoint> painPoints,
        List<String> demandScenes,
        @Nullable UUID diagnosedBy,
        @Nullable String report,
        Instant createdAt) {}
