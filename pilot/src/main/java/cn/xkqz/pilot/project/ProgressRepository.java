package cn.xkqz.pilot.project;

import java.util.Collection;
import java.util.UUID;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Flux;

interface ProgressRepository extends R2dbcRepository<Progress, UUID> {

    Flux<Progress> findByProjectIdInOrderByReportedAt(Collection<UUID> projectIds);
}
