package cn.xkqz.catalog.enterprise;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The bureau's assignment of a provider to diagnose an enterprise (评估诊断): the provider may then read
 * the enterprise and write its diagnosis with a report.
 */
@Table("diagnosis_assignment")
public record DiagnosisAssignment(
        @Id UUID id, UUID enterpriseId, UUID providerId, String assignedBy, Instant assignedAt) {}
