package cn.xkqz.pilot.chain;

import java.util.Collection;
import java.util.UUID;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Flux;

interface ChainCaseRepository extends R2dbcRepository<ChainCase, UUID> {

    /** The names of the enterprises and providers among {@code ids}. */
    @Query("""
            select id, name from enterprise where id in (:ids)
            union all
            select id, name from provider where id in (:ids)""")
    Flux<Named> names(Collection<UUID> ids);

    /** An organisation's id and name. */
    record Named(UUID id, String name) {}
}
