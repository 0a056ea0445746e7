package cn.xkqz.catalog.enterprise;

import java.util.UUID;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

interface DiagnosisAssignmentRepository extends R2dbcRepository<DiagnosisAssignment, UUID> {

    Flux<DiagnosisAssignment> findByEnterpriseIdOrderByAssignedAtDesc(UUID enterpriseId);

    Mono<Boolean> existsByEnterpriseIdAndProviderId(UUID enterpriseId, UUID providerId);

    Mono<Long> countByProviderId(UUID providerId);
}
