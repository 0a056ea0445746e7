package cn.xkqz.pilot.project;

import java.util.Collection;
import java.util.UUID;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Flux;

interface MilestoneRepository extends R2dbcRepository<Milestone, UUID> {

    Flux<Milestone> findByProjectIdInOrderByPosition(Collection<UUID> projectIds);
}
