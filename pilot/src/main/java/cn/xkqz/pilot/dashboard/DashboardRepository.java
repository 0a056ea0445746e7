package cn.xkqz.pilot.dashboard;

import cn.xkqz.pilot.project.Project;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.repository.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The dashboard's figures, each one aggregate in the database. {@code year} (null for all years) is
 * the year an enterprise's first project started, a project was decided, a record was created, an
 * event was held ({@code today} or before) or, for new 专精特新, the enterprise's first such recognition.
 */
interface DashboardRepository extends Repository<Project, UUID> {

    @Query("""
            with started as (
                select p.enterprise_id, min(extract(year from p.start_date))::int as first_year
                from project p where p.status <> 'CANCELLED' group by p.enterprise_id),
            counted as (
                select e.id, e.scale, e.specialization from started s join enterprise e on e.id = s.enterprise_id
                where cast(:year as int) is null or s.first_year = :year),
            accepted as (
                select p.enterprise_id, p.post_level from project p
                where p.status = 'ACCEPTED'
                  and (cast(:year as int) is null
                       or extract(year from p.decided_at at time zone 'Asia/Shanghai') = :year))
            select
                (select count(*) from counted where scale = 'ABOVE') as enterprises_above_scale,
                (select count(*) from counted where scale = 'BELOW') as enterprises_below_scale,
                (select count(*) from counted) as enterprises,
                (select count(*) from counted where specialization = 'LITTLE_GIANT') as little_giants,
                (select count(*) from counted where specialization <> 'NONE') as specialized,
                (select count(distinct c.id) from counted c
                     join project p on p.enterprise_id = c.id and p.status <> 'CANCELLED'
                     join solution s on s.id = any (p.solution_ids)
                 where s.delivery_mode in ('SAAS', 'HYBRID')) as cloud,
                (select count(distinct enterprise_id) from accepted where post_level = 4) as level4_enterprises,
                (select count(distinct a.enterprise_id) from accepted a join enterprise e on e.id = a.enterprise_id
                 where e.scale = 'ABOVE') as digital_tech_coverage,
                (select count(*) from solution where status = 'LISTED'
                   and (cast(:year as int) is null
                        or extract(year from created_at at time zone 'Asia/Shanghai') = :year)) as solutions,
                (select count(*) from provider where status = 'ACTIVE'
                   and (cast(:year as int) is null
                        or extract(year from created_at at time zone 'Asia/Shanghai') = :year)) as providers,
                coalesce((select jsonb_array_length(snapshot) from recommended_list where status = 'PUBLISHED'
                          order by published_at desc limit 1), 0) as recommended_solutions,
                (select count(*) from showcase where cast(:year as int) is null
                   or extract(year from created_at at time zone 'Asia/Shanghai') = :year) as showcases,
                (select count(*) from chain_case where cast(:year as int) is null
                   or extract(year from created_at at time zone 'Asia/Shanghai') = :year) as chain_cases,
                (select count(*) from pilot_event
                 where type in ('MATCHMAKING', 'PROMOTION', 'TECH_EXCHANGE') and event_date <= :today
                   and (cast(:year as int) is null or extract(year from event_date) = :year)) as matchmaking_events,
                (select count(*) from pilot_event where type = 'TRAINING' and event_date <= :today
                   and (cast(:year as int) is null or extract(year from event_date) = :year)) as training_sessions,
                (select count(*) from enterprise_recognition where kind = 'SMART_WORKSHOP'
                   and (cast(:year as int) is null or extract(year from recognised_on) = :year)) as smart_workshops,
                (select count(*) from (
                     select min(recognised_on) as first_on from enterprise_recognition
                     where kind in ('PROVINCIAL_SPECIALIZED', 'LITTLE_GIANT') group by enterprise_id) f
                 where cast(:year as int) is null or extract(year from f.first_on) = :year) as new_specialized""")
    Mono<Actuals> actuals(@Nullable Integer year, LocalDate today);

    /** Per industry or county ({@code byCounty}): enterprises registered, in projects, accepted, paid. */
    @Query("""
            select case when :byCounty then e.county else e.industry end as key,
                   count(distinct e.id) as registered,
                   count(distinct p.enterprise_id) as enterprises,
                   count(p.id) as projects,
                   count(p.id) filter (where p.status = 'ACCEPTED') as accepted,
                   count(distinct p.enterprise_id) filter (where p.status = 'ACCEPTED' and p.post_level >= 2)
                       as level2_after,
                   coalesce(sum(paid.yuan), 0) as paid_yuan
            from enterprise e
            left join project p on p.enterprise_id = e.id and p.status <> 'CANCELLED'
                and (cast(:year as int) is null or extract(year from p.start_date) = :year)
            left join lateral (
                select sum(c.amount_yuan) as yuan from subsidy_claim c
                where c.project_id = p.id and c.status = 'PAID') paid on true
            group by 1
            order by 1""")
    Flux<GroupRow> groups(boolean byCounty, @Nullable Integer year);

    /** Enterprises per level: before (latest diagnosis) and after (latest decided project). */
    @Query("""
            select 'before' as stage, d.level, count(*) as enterprises
            from (select distinct on (enterprise_id) enterprise_id, level from diagnosis
                  order by enterprise_id, version_no desc) d
            group by d.level
            union all
            select 'after', x.post_level, count(*)
            from (select distinct on (enterprise_id) enterprise_id, post_level from project
                  where status in ('ACCEPTED', 'FAILED') order by enterprise_id, decided_at desc) x
            group by x.post_level""")
    Flux<LevelRow> levels();

    /** The plan's two ratio targets' counts, from each enterprise's latest decided project. */
    @Query("""
            with latest as (
                select distinct on (p.enterprise_id) p.enterprise_id, p.post_level from project p
                where p.status in ('ACCEPTED', 'FAILED')
                  and (cast(:year as int) is null
                       or extract(year from p.decided_at at time zone 'Asia/Shanghai') = :year)
                order by p.enterprise_id, p.decided_at desc)
            select count(*) filter (where e.scale = 'ABOVE' or e.specialization <> 'NONE') as above_or_specialized,
                   count(*) filter (where (e.scale = 'ABOVE' or e.specialization <> 'NONE') and l.post_level >= 2)
                       as above_or_specialized_level2,
                   count(*) filter (where e.specialization = 'LITTLE_GIANT') as little_giants,
                   count(*) filter (where e.specialization = 'LITTLE_GIANT' and l.post_level >= 2)
                       as little_giants_level2
            from latest l join enterprise e on e.id = l.enterprise_id""")
    Mono<RatioCounts> ratios(@Nullable Integer year);

    /** The actual counts behind the plan's count targets. */
    record Actuals(
            long enterprisesAboveScale,
            long enterprisesBelowScale,
            long enterprises,
            long littleGiants,
            long specialized,
            long cloud,
            long level4Enterprises,
            long digitalTechCoverage,
            long solutions,
            long providers,
            long recommendedSolutions,
            long showcases,
            long chainCases,
            long matchmakingEvents,
            long trainingSessions,
            long smartWorkshops,
            long newSpecialized) {}

    record GroupRow(
            String key,
            long registered,
            long enterprises,
            long projects,
            long accepted,
            long level2After,
            long paidYuan) {}

    record LevelRow(String stage, int level, long enterprises) {}

    record RatioCounts(
            long aboveOrSpecialized, long aboveOrSpecializedLevel2, long littleGiants, long littleGiantsLevel2) {}
}
