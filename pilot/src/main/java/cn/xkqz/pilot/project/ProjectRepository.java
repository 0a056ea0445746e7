package cn.xkqz.pilot.project;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

interface ProjectRepository extends R2dbcRepository<Project, UUID> {

    /** Locks the project's row, so that steps on one project take turns. */
    @Query("select id from project where id = :id for update")
    Mono<UUID> lock(UUID id);

    @Query("select exists (select 1 from acceptance_panelist where project_id = :projectId and expert_id = :expertId)")
    Mono<Boolean> isPanelist(UUID projectId, UUID expertId);

    @Query("select project_id from acceptance_panelist where expert_id = :expertId")
    Flux<UUID> panelsOf(UUID expertId);

    /** Running projects with a milestone past its due date and not done. */
    @Query("""
            select distinct m.project_id from project_milestone m join project p on p.id = m.project_id
            where m.done_on is null and m.due_date < :today
              and p.status in ('PLANNED', 'IMPLEMENTING', 'ACCEPTANCE_REQUESTED')""")
    Flux<UUID> withOverdueMilestones(LocalDate today);
}
