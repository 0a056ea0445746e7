package cn.xkqz.catalog.enterprise;

import java.util.Collection;
import java.util.UUID;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Flux;

interface EnterpriseRepository extends R2dbcRepository<Enterprise, UUID> {

    Flux<Enterprise> findByCreditCodeIn(Collection<String> creditCodes);
}
