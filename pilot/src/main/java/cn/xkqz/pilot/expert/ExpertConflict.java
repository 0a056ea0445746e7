package cn.xkqz.pilot.expert;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A conflict of interest an expert declared with an organisation (a provider or an enterprise). */
@Table("expert_conflict")
public record ExpertConflict(@Id UUID id, UUID expertId, UUID orgId, String reason, Instant declaredAt) {}
