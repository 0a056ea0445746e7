package cn.xkqz.catalog.solution;

import java.util.UUID;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.repository.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Solutions joined with their providers, one query each (the indexer reads many at a time). Ids are
 * bound as arrays ({@code = any(:ids)}), which also holds for none.
 */
interface SnapshotRepository extends Repository<SolutionRow, UUID> {

    String SELECT = """
            select s.*, p.name as provider_name, p.status as provider_status, p.version as provider_version
            from solution s join provider p on p.id = s.provider_id
            """;
    String FROM = " from solution s join provider p on p.id = s.provider_id ";
    String PUBLIC = " " + Visibility.PUBLIC_SQL + " ";

    @Query(SELECT + "where s.id = any(:ids)")
    Flux<SnapshotRow> findByIds(UUID[] ids);

    @Query("select id from solution where provider_id = any(:providerIds)")
    Flux<UUID> findIdsByProviderIds(UUID[] providerIds);

    @Query(SELECT + "where" + PUBLIC + "order by s.id limit :limit")
    Flux<SnapshotRow> findPublicFirst(int limit);

    @Query(SELECT + "where" + PUBLIC + "and s.id > :after order by s.id limit :limit")
    Flux<SnapshotRow> findPublicAfter(UUID after, int limit);

    @Query(SELECT + "where" + PUBLIC + "order by s.created_at desc, s.id limit :limit offset :offset")
    Flux<SnapshotRow> findPublicPage(int limit, long offset);

    @Query(SELECT + "where" + PUBLIC + "and s.provider_id = :providerId"
            + " order by s.created_at desc, s.id limit :limit offset :offset")
    Flux<SnapshotRow> findPublicPageOf(UUID providerId, int limit, long offset);

    @Query("select count(*)" + FROM + "where" + PUBLIC)
    Mono<Long> countPublic();

    @Query("select count(*)" + FROM + "where" + PUBLIC + "and s.provider_id = :providerId")
    Mono<Long> countPublicOf(UUID providerId);
}
