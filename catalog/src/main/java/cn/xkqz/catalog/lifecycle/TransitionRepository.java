package cn.xkqz.catalog.lifecycle;

import java.util.UUID;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;

interface TransitionRepository extends ReactiveCrudRepository<Transition, Long> {

    Flux<Transition> findByEntityTypeAndEntityIdOrderByIdDesc(String entityType, UUID entityId);
}
