package cn.xkqz.catalog.diagnosis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The diagnosis table's row; the public shape is {@link Diagnosis}. */
@Table("diagnosis")
record DiagnosisRow(
        @Id UUID id,
        UUID enterpriseId,
        int versionNo,
        int level,
        @Nullable Long budgetYuan,
        PainPointList painPoints,
        List<String> demandScenes,
        @Nullable UUID diagnosedBy,
        @Nullable String report,
        Instant createdAt) {

    Diagnosis toDiagnosis() {
        return new Diagnosis(
                id,
                enterpriseId,
                versionNo,
                level,
                budgetYuan,
                painPoints.items(),
                demandScenes,
                diagnosedBy,
                report,
                createdAt);
    }
}
