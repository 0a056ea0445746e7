package cn.xkqz.catalog.audit;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads and appends {@code audit_checkpoint} rows, and remembers the highest sequence this process has
 * written or verified: a table that later holds fewer checkpoints lost some.
 */
@Component
class CheckpointStore {

    private final CheckpointRepository checkpoints;
    private final R2dbcEntityTemplate template;
    private final AtomicLong highestSeen = new AtomicLong();

    CheckpointStore(CheckpointRepository checkpoints, R2dbcEntityTemplate template) {
        this.checkpoints = checkpoints;
        this.template = template;
    }

    Flux<AuditCheckpoint> all() {
        return checkpoints.findAllByOrderBySequence();
    }

    Mono<AuditCheckpoint> latest() {
        return checkpoints.findFirstByOrderBySequenceDesc();
    }

    Mono<AuditCheckpoint> insert(AuditCheckpoint checkpoint) {
        return template.insert(checkpoint);
    }

    long highestSeen() {
        return highestSeen.get();
    }

    void seen(long sequence) {
        highestSeen.accumulateAndGet(sequence, Math::max);
    }
}
