package cn.xkqz.pilot.expert;

import java.util.Collection;
import java.util.UUID;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

interface ExpertRepository extends R2dbcRepository<ExpertRow, UUID> {

    @Query("""
            select id, name, fields, organization, provider_id, created_at from expert
            where :field is null or :field = any (fields)
            order by created_at desc, id limit :limit offset :offset""")
    Flux<ExpertRow> findPage(String field, int limit, long offset);

    @Query("select count(*) from expert where :field is null or :field = any (fields)")
    Mono<Long> countWithField(String field);

    Flux<ExpertRow> findByIdIn(Collection<UUID> ids);

    @Query("select exists (select 1 from provider where id = :id)")
    Mono<Boolean> isProvider(UUID id);

    /** Whether {@code orgId} is a provider or an enterprise (the organisations a conflict can be with). */
    @Query(
            "select exists (select 1 from provider where id = :orgId) or exists (select 1 from enterprise where id = :orgId)")
    Mono<Boolean> isOrganisation(UUID orgId);
}
