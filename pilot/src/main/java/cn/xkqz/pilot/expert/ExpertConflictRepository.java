package cn.xkqz.pilot.expert;

import java.util.Collection;
import java.util.UUID;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Flux;

interface ExpertConflictRepository extends R2dbcRepository<ExpertConflict, UUID> {

    Flux<ExpertConflict> findByExpertIdInOrderByDeclaredAt(Collection<UUID> expertIds);
}
