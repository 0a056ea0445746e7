package cn.xkqz.catalog.audit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes a checkpoint every {@code xkqz.audit.checkpoint-interval} when the trail has grown, so a
 * rewrite can only go unnoticed for entries newer than the latest checkpoint.
 */
@Component
class CheckpointSchedule implements SmartLifecycle {

    private static final Log log = LogFactory.getLog(CheckpointSchedule.class);

    private final AuditCheckpoints checkpoints;
    private final AuditProperties properties;
    private volatile @Nullable Disposable loop;

    CheckpointSchedule(AuditCheckpoints checkpoints, AuditProperties properties) {
        this.checkpoints = checkpoints;
        this.properties = properties;
    }

    @Override
    public void start() {
        if (properties.checkpointInterval().isPositive()) {
            loop = Flux.interval(properties.checkpointInterval())
                    .onBackpressureDrop()
                    .concatMap(tick -> checkpoint(), 1)
                    .subscribe();
        }
    }

    private Mono<AuditCheckpoint> checkpoint() {
        return checkpoints.writeIfGrown().onErrorResume(error -> {
            log.error("Could not write an audit checkpoint: " + error.getMessage());
            return Mono.empty();
        });
    }

    @Override
    public void stop() {
        Disposable running = loop;
        if (running != null) {
            running.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        Disposable running = loop;
        return running != null && !running.isDisposed();
    }
}
