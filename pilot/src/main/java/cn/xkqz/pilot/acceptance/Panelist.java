package cn.xkqz.pilot.acceptance;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An expert named to a project's acceptance panel (验收专家组). */
@Table("acceptance_panelist")
record Panelist(@Id UUID id, UUID projectId, UUID expertId, Instant namedAt) {}
