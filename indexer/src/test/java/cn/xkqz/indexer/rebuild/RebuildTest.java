package cn.xkqz.indexer.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.importing.CatalogImportService;
import cn.xkqz.catalog.importing.ImportResult;
import cn.xkqz.catalog.solution.SolutionDraft;
import cn.xkqz.catalog.solution.SolutionLifecycle;
import cn.xkqz.catalog.solution.SolutionService;
import cn.xkqz.catalog.solution.SolutionSnapshot;
import cn.xkqz.catalog.solution.SolutionSnapshots;
import cn.xkqz.indexer.IndexAwait;
import cn.xkqz.indexer.ListedEdits;
import cn.xkqz.indexer.Pool;
import cn.xkqz.indexer.index.SolutionDocument;
import cn.xkqz.indexer.index.SolutionIndex;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

@SpringBootTest
class RebuildTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Autowired
    CatalogImportService imports;

    @Autowired
    SolutionService solutions;

    @Autowired
    SolutionLifecycle lifecycle;

    @Autowired
    SolutionSnapshots snapshots;

    @Autowired
    RebuildService rebuilds;

    @Autowired
    RebuildJobs jobs;

    @Autowired
    SolutionIndex index;

    @Autowired
    ElasticsearchAsyncClient es;

    @Autowired
    IndexAwait indexAwait;

    @Test
    void aRebuildUnderConcurrentWritesEndsWithTheIndexEqualToPostgres() {
        List<SolutionDraft> drafts = IntStream.range(0, 400)
                .mapToObj(i -> Pool.solution("重建方案" + i, List.of("AUTO_PARTS"), List.of("QUALITY")))
                .toList();
        ImportResult imported = imports.importCatalog(Pool.of("重建服务商", drafts)).block(TIMEOUT);
        List<UUID> ids = new ArrayList<>(imported.solutions().values());
        indexAwait.caughtUp();

        RebuildJob job = rebuilds.start().block(TIMEOUT);
        Long edits = Flux.interval(Duration.ofMillis(20))
                .onBackpressureDrop()
                .concatMap(tick -> jobs.get(job.id()))
                .takeWhile(current -> current.status() == RebuildJob.Status.RUNNING)
                .concatMap(
                        running -> editOne(ids.get(ThreadLocalRandom.current().nextInt(ids.size())))
                                .thenReturn(running))
                .count()
                .block(Duration.ofMinutes(2));

        assertThat(jobs.get(job.id()).block(TIMEOUT).status()).isEqualTo(RebuildJob.Status.SUCCEEDED);
        assertThat(edits).as("edits made while the rebuild ran").isPositive();
        indexAwait.caughtUp();
        assertThat(indexed()).isEqualTo(searchableInPostgres());
        assertThat(index.current().block(TIMEOUT)).contains(job.targetIndex());
    }

    @Test
    void aRebuildReportsProgressAndOnlyOneRunsAtATime() {
        List<SolutionDraft> drafts = IntStream.range(0, 50)
                .mapToObj(i -> Pool.solution("进度方案" + i, List.of("GENERAL"), List.of("HR")))
                .toList();
        imports.importCatalog(Pool.of("进度服务商", drafts)).block(TIMEOUT);
        indexAwait.caughtUp();
        RebuildJob job = rebuilds.start().block(TIMEOUT);

        StepVerifier.create(rebuilds.start())
                .expectError(ConflictException.class)
                .verify(TIMEOUT);

        await().atMost(TIMEOUT).until(() -> !isRunning(job.id()));
        RebuildJob done = jobs.get(job.id()).block(TIMEOUT);
        assertThat(done.status()).isEqualTo(RebuildJob.Status.SUCCEEDED);
        assertThat(done.done())
                .isEqualTo(done.total())
                .isEqualTo(snapshots.countSearchable().block(TIMEOUT));
        assertThat(done.ratePerSecond()).isPositive();
        assertThat(done.finishedAt()).isNotNull();
    }

    private boolean isRunning(UUID job) {
        return jobs.get(job).block(TIMEOUT).status() == RebuildJob.Status.RUNNING;
    }

    private Mono<Void> editOne(UUID id) {
        return solutions
                .get(id)
                .flatMap(s -> ListedEdits.edit(
                        solutions,
                        lifecycle,
                        id,
                        s.version(),
                        Pool.solution(s.name() + "改", s.industries(), s.scenes())))
                .then();
    }

    /** id → (external version, name) of every document in the index. */
    private Map<String, String> indexed() {
        return Mono.fromFuture(
                        es.search(s -> s.index(index.alias()).size(10_000).version(true), SolutionDocument.class))
                .block(TIMEOUT)
                .hits()
                .hits()
                .stream()
                .collect(Collectors.toMap(
                        h -> h.id(), h -> h.version() + " " + h.source().name()));
    }

    private Map<String, String> searchableInPostgres() {
        List<SolutionSnapshot> all = new ArrayList<>();
        UUID after = null;
        List<SolutionSnapshot> page;
        do {
            page = snapshots.searchable(after, 1000).collectList().block(TIMEOUT);
            all.addAll(page);
            after = page.isEmpty() ? null : page.getLast().solution().id();
        } while (page.size() == 1000);
        return all.stream()
                .collect(Collectors.toMap(
                        s -> s.solution().id().toString(),
                        s -> s.indexVersion() + " " + s.solution().name()));
    }
}
