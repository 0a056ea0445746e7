package cn.xkqz.pilot.showcase;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.repository.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Showcases with what their readers see of the enterprise, provider and project, filtered in SQL. */
interface ShowcaseRepository extends Repository<Showcase, UUID> {

    String FROM = """
            from showcase s
            join enterprise e on e.id = s.enterprise_id
            join provider pr on pr.id = s.provider_id
            join project p on p.id = s.project_id
            where (cast(:id as uuid) is null or s.id = :id)
              and (cast(:industry as varchar) is null or e.industry = :industry)
              and (cast(:scene as varchar) is null or exists (
                   select 1 from solution so where so.id = any (s.solution_ids) and :scene = any (so.scenes)))
              and (cast(:category as varchar) is null or s.category = :category)
              and (cast(:solutionId as uuid) is null or :solutionId = any (s.solution_ids))
              and (cast(:providerId as uuid) is null or s.provider_id = :providerId)
              and (cast(:pattern as varchar) is null or s.title ilike :pattern or exists (
                   select 1 from showcase_result r where r.showcase_id = s.id
                   and (r.metric ilike :pattern or r.before_value ilike :pattern or r.after_value ilike :pattern)))
            """;

    @Query("""
            select s.id, s.project_id, s.enterprise_id, e.name as enterprise_name, e.industry, e.county,
                   s.provider_id, pr.name as provider_name, s.solution_ids, s.category, s.title,
                   p.pre_level, p.post_level, s.created_at,
                   array(select distinct sc from solution so, unnest(so.scenes) sc
                         where so.id = any (s.solution_ids) order by sc) as scenes
            """ + FROM + """
            order by s.created_at desc, s.id
            limit :limit offset :offset""")
    Flux<Row> find(
            @Nullable UUID id,
            @Nullable String industry,
            @Nullable String scene,
            @Nullable String category,
            @Nullable UUID solutionId,
            @Nullable UUID providerId,
            @Nullable String pattern,
            int limit,
            long offset);

    @Query("select count(*) " + FROM)
    Mono<Long> count(
            @Nullable UUID id,
            @Nullable String industry,
            @Nullable String scene,
            @Nullable String category,
            @Nullable UUID solutionId,
            @Nullable UUID providerId,
            @Nullable String pattern);

    /** A showcase with its readers' columns. */
    record Row(
            UUID id,
            UUID projectId,
            UUID enterpriseId,
            String enterpriseName,
            String industry,
            String county,
            UUID providerId,
            String providerName,
            List<UUID> solutionIds,
            ShowcaseCategory category,
            String title,
            @Nullable Integer preLevel,
            @Nullable Integer postLevel,
            Instant createdAt,
            List<String> scenes) {}
}
