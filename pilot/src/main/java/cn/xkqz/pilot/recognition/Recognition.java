package cn.xkqz.pilot.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A recognition of an enterprise (梯度培育), dated the day it was granted; each kind once. */
@Table("enterprise_recognition")
public record Recognition(
        @Id UUID id, UUID enterpriseId, RecognitionKind kind, LocalDate recognisedOn, Instant createdAt) {}
