package cn.xkqz.catalog.solution;

import java.util.Collection;
import java.util.UUID;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Flux;

interface SolutionRepository extends R2dbcRepository<SolutionRow, UUID> {

    Flux<SolutionRow> findByProviderIdIn(Collection<UUID> providerIds);
}
