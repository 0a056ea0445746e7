package cn.xkqz.catalog.diagnosis;

import java.util.UUID;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

interface DiagnosisRepository extends R2dbcRepository<DiagnosisRow, UUID> {

    Flux<DiagnosisRow> findByEnterpriseIdOrderByVersionNoDesc(UUID enterpriseId);

    Mono<DiagnosisRow> findFirstByEnterpriseIdOrderByVersionNoDesc(UUID enterpriseId);

    @Query("select coalesce(max(version_no), 0) from diagnosis where enterprise_id = :enterpriseId")
    Mono<Integer> latestVersionNo(UUID enterpriseId);

    /** Locks the enterprise's row, so that concurrent submissions for it take version numbers in turn. */
    @Query("select id from enterprise where id = :enterpriseId for update")
    Mono<UUID> lockEnterprise(UUID enterpriseId);
}
