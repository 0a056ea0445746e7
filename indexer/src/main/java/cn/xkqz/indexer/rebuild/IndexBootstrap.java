package cn.xkqz.indexer.rebuild;

import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.solution.SolutionSnapshots;
import cn.xkqz.indexer.Elasticsearch;
import cn.xkqz.indexer.index.SolutionIndex;
import java.time.Duration;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Makes sure the alias points at an index built from the current definition: creates the first index
 * (and fills it from PostgreSQL) when there is none, and rebuilds when the definition changed. Runs in
 * the background at startup and keeps trying while Elasticsearch is unreachable; the outbox worker
 * waits for it.
 */
@Component
public class IndexBootstrap {

    private static final Log log = LogFactory.getLog(IndexBootstrap.class);

    private final SolutionIndex index;
    private final RebuildService rebuilds;
    private final RebuildJobs jobs;
    private final SolutionSnapshots snapshots;
    private volatile boolean ready;

    IndexBootstrap(SolutionIndex index, RebuildService rebuilds, RebuildJobs jobs, SolutionSnapshots snapshots) {
        this.index = index;
        this.rebuilds = rebuilds;
        this.jobs = jobs;
        this.snapshots = snapshots;
    }

    public boolean isReady() {
        return ready;
    }

    @EventListener(ApplicationReadyEvent.class)
    void prepareIndex() {
        ensureIndex()
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1))
                        .maxBackoff(Duration.ofSeconds(30))
                        .filter(Elasticsearch::isOutage)
                        .doBeforeRetry(s -> log.warn("Search index not ready, Elasticsearch unreachable: "
                                + s.failure().getMessage())))
                .subscribe(v -> {}, error -> log.error("Could not prepare the search index", error), () -> {
                    ready = true;
                    log.info("Search index ready behind alias " + index.alias());
                });
    }

    Mono<Void> ensureIndex() {
        return jobs.failAbandoned()
                .concatMap(index::delete)
                .then(index.current())
                .flatMap(current -> current.map(this::rebuildIfOutdated).orElseGet(this::createFirst));
    }

    private Mono<Void> rebuildIfOutdated(String current) {
        return index.definitionOf(current)
                .filter(definition -> !definition.equals(java.util.Optional.of(index.definition())))
                .flatMap(old -> {
                    log.info("Index " + current + " was built from another definition; rebuilding");
                    return startRebuild();
                });
    }

    private Mono<Void> createFirst() {
        String first = index.alias() + "-" + index.definition() + "-first";
        log.info("No search index yet; creating " + first);
        return index.create(first, false, index.alias())
                .onErrorResume(
                        e -> e.getMessage() != null && e.getMessage().contains("resource_already_exists"),
                        e -> index.moveAliasTo(first).then())
                .then(snapshots.countSearchable())
                .filter(count -> count > 0)
                .flatMap(count -> startRebuild());
    }

    private Mono<Void> startRebuild() {
        return rebuilds.start().then().onErrorResume(ConflictException.class, running -> Mono.empty());
    }
}
