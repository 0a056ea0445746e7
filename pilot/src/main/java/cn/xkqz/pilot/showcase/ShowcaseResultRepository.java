package cn.xkqz.pilot.showcase;

import java.util.Collection;
import java.util.UUID;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Flux;

interface ShowcaseResultRepository extends R2dbcRepository<ShowcaseResult, UUID> {

    Flux<ShowcaseResult> findByShowcaseIdInOrderByPosition(Collection<UUID> showcaseIds);
}
