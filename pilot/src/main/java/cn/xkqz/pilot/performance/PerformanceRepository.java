package cn.xkqz.pilot.performance;

import cn.xkqz.pilot.project.Project;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.repository.Repository;
import reactor.core.publisher.Flux;

/** Provider performance computed in the database, one row per provider with projects. */
interface PerformanceRepository extends Repository<Project, UUID> {

    @Query("""
            select p.provider_id,
                   count(*) as projects,
                   count(*) filter (where p.status = 'ACCEPTED') as accepted,
                   count(*) filter (where p.status = 'FAILED') as failed,
                   round(count(*) filter (where p.status = 'ACCEPTED')::numeric
                         / nullif(count(*) filter (where p.status in ('ACCEPTED', 'FAILED')), 0), 4)::float8 as pass_rate,
                   round(avg(p.post_level - p.pre_level)
                         filter (where p.status in ('ACCEPTED', 'FAILED') and p.pre_level is not null), 4)::float8
                       as average_level_gain,
                   round(avg(r.score), 4)::float8 as average_rating,
                   coalesce(sum(late.n), 0) as late_milestones
            from project p
            left join project_rating r on r.project_id = p.id
            left join lateral (
                select count(*) as n from project_milestone m
                where m.project_id = p.id
                  and (m.done_on > m.due_date
                       or (m.done_on is null and m.due_date < :today and p.status <> 'CANCELLED'))
            ) late on true
            where cast(:providerId as uuid) is null or p.provider_id = :providerId
            group by p.provider_id""")
    Flux<ProviderPerformance> performance(@Nullable UUID providerId, LocalDate today);
}
