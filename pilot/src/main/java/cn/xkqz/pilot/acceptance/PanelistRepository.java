package cn.xkqz.pilot.acceptance;

import java.util.UUID;
import org.springframework.data.r2dbc.repository.Modifying;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

interface PanelistRepository extends R2dbcRepository<Panelist, UUID> {

    Flux<Panelist> findByProjectIdOrderByNamedAt(UUID projectId);

    @Modifying
    @Query("delete from acceptance_panelist where project_id = :projectId")
    Mono<Integer> deleteByProject(UUID projectId);
}
