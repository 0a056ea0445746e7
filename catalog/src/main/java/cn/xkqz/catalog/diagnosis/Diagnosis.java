package cn.xkqz.catalog.diagnosis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One version of an enterprise's diagnosis. */
public record Diagnosis(
        UUID id,
        UUID enterpriseId,
        int version,
        int level,
        @Nullable Long budgetYuan,
        List<PainPoint> painPoints,
        List<String> demandScenes,
        Instant createdAt) {}
