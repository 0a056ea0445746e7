package cn.xkqz.catalog.audit;

import org.springframework.data.repository.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads checkpoints; they are appended with the template, since their sequence is assigned, not generated. */
interface CheckpointRepository extends Repository<AuditCheckpoint, Long> {

    Flux<AuditCheckpoint> findAllByOrderBySequence();

    Mono<AuditCheckpoint> findFirstByOrderBySequenceDesc();
}
