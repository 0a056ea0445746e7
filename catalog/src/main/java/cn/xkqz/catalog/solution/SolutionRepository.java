package cn.xkqz.catalog.solution;

import java.util.UUID;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Flux;

interface SolutionRepository extends R2dbcRepository<SolutionRow, UUID> {

    /** The rows of the pairs (providerIds[i], names[i]) that exist: an import's own, not all its providers'. */
    @Query("""
            select s.* from solution s
            join unnest(:providerIds::uuid[], :names::text[]) as k(provider_id, name)
              on s.provider_id = k.provider_id and s.name = k.name""")
    Flux<SolutionRow> findByProviderAndName(UUID[] providerIds, String[] names);
}
