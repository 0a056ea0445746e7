package cn.xkqz.indexer.rebuild;

import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.solution.SolutionSnapshot;
import cn.xkqz.catalog.solution.SolutionSnapshots;
import cn.xkqz.indexer.SearchProperties;
import cn.xkqz.indexer.index.BulkWriter;
import cn.xkqz.indexer.index.IndexChange;
import cn.xkqz.indexer.index.SolutionIndex;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Rebuilds the search index from PostgreSQL without interrupting searches: fills a new index (searches
 * keep using the old one through the alias), then swaps the alias in one atomic step and drops the old
 * index. While it runs, the outbox worker writes every change to the new index too, and versions
 * decide between the two writers, so no change made during the rebuild is lost.
 */
@Service
public class RebuildService {

    private static final Log log = LogFactory.getLog(RebuildService.class);
    private static final Duration LOG_EVERY = Duration.ofSeconds(5);

    private final SolutionIndex index;
    private final SolutionSnapshots snapshots;
    private final BulkWriter writer;
    private final RebuildJobs jobs;
    private final SearchProperties properties;
    private final AuditTrail audit;
    private final TransactionalOperator transactions;

    RebuildService(
            SolutionIndex index,
            SolutionSnapshots snapshots,
            BulkWriter writer,
            RebuildJobs jobs,
            SearchProperties properties,
            AuditTrail audit,
            TransactionalOperator transactions) {
        this.audit = audit;
        this.transactions = transactions;
        this.index = index;
        this.snapshots = snapshots;
        this.writer = writer;
        this.jobs = jobs;
        this.properties = properties;
    }

    /** A rebuild job by id, to follow its progress; 404 when there is none. */
    public Mono<RebuildJob> job(UUID id) {
        return jobs.get(id).switchIfEmpty(Mono.error(() -> new NotFoundException("重建任务", id)));
    }

    /**
     * Starts a rebuild in the background and returns its job; a second one while it runs is a conflict.
     * The job (and its audit entry) is committed before the rebuild starts, so from its first document
     * on, the outbox worker sees it and writes every change to the new index too.
     */
    public Mono<RebuildJob> start() {
        String target = index.newIndexName();
        Mono<RebuildJob> record = jobs.insertRunning(UUID.randomUUID(), target)
                .flatMap(job -> audit.append(
                                "SEARCH_REBUILD_STARTED", "SEARCH_INDEX", job.id(), null, Map.of("targetIndex", target))
                        .thenReturn(job));
        return jobs.running()
                .filter(running -> !running)
                .switchIfEmpty(Mono.error(RebuildJobs::alreadyRunning))
                .then(index.create(target, true, index.rebuildAlias()))
                .then(transactions.transactional(record))
                .onErrorResume(error -> index.delete(target).then(Mono.error(error)))
                .doOnNext(job -> run(job).subscribe());
    }

    private Mono<Void> run(RebuildJob job) {
        log.info("Search index rebuild " + job.id() + " started into " + job.targetIndex());
        Progress progress = new Progress(job);
        return snapshots
                .countSearchable()
                .doOnNext(progress.total::set)
                .thenMany(pages())
                .flatMapSequential(this::write, 2)
                .concatMap(written -> progress.add(written))
                .then(Mono.defer(() -> finish(job)))
                .onErrorResume(error -> fail(job, error));
    }

    /** All searchable solutions, a page at a time in id order. */
    private Flux<List<SolutionSnapshot>> pages() {
        int size = properties.rebuildBatchSize();
        return page(null, size)
                .expand(page -> page.size() < size
                        ? Mono.empty()
                        : page(page.getLast().solution().id(), size));
    }

    private Mono<List<SolutionSnapshot>> page(@Nullable UUID after, int size) {
        return snapshots.searchable(after, size).collectList().filter(page -> !page.isEmpty());
    }

    private Mono<Integer> write(List<SolutionSnapshot> page) {
        List<IndexChange> changes =
                page.stream().map(s -> (IndexChange) new IndexChange.Upsert(s)).toList();
        return writer.write(changes, List.of(index.rebuildAlias()))
                .flatMap(failures -> failures.isEmpty()
                        ? Mono.just(page.size())
                        : Mono.error(new IllegalStateException(
                                "Elasticsearch refused " + failures.size() + " documents, e.g. "
                                        + failures.values().iterator().next().reason())));
    }

    private Mono<Void> finish(RebuildJob job) {
        return index.finishBulkLoad(job.targetIndex())
                .then(index.moveAliasTo(job.targetIndex()))
                .flatMap(old -> old.map(index::delete).orElse(Mono.empty()))
                .then(jobs.finish(job.id(), RebuildJob.Status.SUCCEEDED, ""))
                .doOnSuccess(v -> log.info("Search index rebuild " + job.id() + " done; alias " + index.alias()
                        + " now points at " + job.targetIndex()));
    }

    private Mono<Void> fail(RebuildJob job, Throwable error) {
        log.error("Search index rebuild " + job.id() + " failed: " + error.getMessage(), error);
        return jobs.finish(job.id(), RebuildJob.Status.FAILED, String.valueOf(error.getMessage()))
                .then(index.delete(job.targetIndex()))
                .onErrorResume(cleanup -> Mono.empty());
    }

    /** Counts what was indexed, beats the job's heartbeat, and logs rate and ETA every few seconds. */
    private final class Progress {
        private final RebuildJob job;
        private final AtomicLong total = new AtomicLong();
        private final AtomicLong done = new AtomicLong();
        private final AtomicReference<Instant> lastLog = new AtomicReference<>(Instant.now());

        Progress(RebuildJob job) {
            this.job = job;
        }

        Mono<Void> add(int written) {
            long now = done.addAndGet(written);
            if (Duration.between(lastLog.get(), Instant.now()).compareTo(LOG_EVERY) >= 0) {
                lastLog.set(Instant.now());
                RebuildJob state = RebuildJob.of(
                        job.id(),
                        job.targetIndex(),
                        RebuildJob.Status.RUNNING,
                        total.get(),
                        now,
                        job.startedAt(),
                        null,
                        null);
                log.info(String.format(
                        "Search index rebuild %s: %d/%d documents, %.0f/s, ETA %s s",
                        job.id(), now, total.get(), state.ratePerSecond(), state.etaSeconds()));
            }
            return jobs.progress(job.id(), total.get(), now);
        }
    }
}
