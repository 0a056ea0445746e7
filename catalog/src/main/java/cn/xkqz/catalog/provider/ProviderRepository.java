package cn.xkqz.catalog.provider;

import java.util.Collection;
import java.util.UUID;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Flux;

interface ProviderRepository extends R2dbcRepository<Provider, UUID> {

    Flux<Provider> findByCreditCodeIn(Collection<String> creditCodes);
}
