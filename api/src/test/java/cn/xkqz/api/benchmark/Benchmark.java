package cn.xkqz.api.benchmark;

import cn.xkqz.api.MarketplaceApplication;
import cn.xkqz.indexer.index.SolutionIndex;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a synthetic pool through the catalogue import, then measures on the same machine in one run:
 * embedding during the sync, (a) index rebuild throughput against raw {@code _bulk} of the same
 * documents, (b) search latency and throughput through the API against Elasticsearch directly, (c) a
 * match against one raw search, and the heap the JVM keeps (run it with {@code -Xmx256m}: the app's
 * limit). See docs/benchmarks.md for how to run it and the figures it produced.
 */
public final class Benchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConfigurableApplicationContext app;
    private final Report report = new Report();
    private final BenchmarkClient client;
    private final HeapWatch heap;

    private Benchmark(ConfigurableApplicationContext app, HeapWatch heap) {
        this.app = app;
        this.heap = heap;
        String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        // Bureau staff import and rebuild; searches and matches are open to anyone but send it too.
        this.client = new BenchmarkClient(base).as("BUREAU", null);
    }

    public static void main(String[] args) throws Exception {
        int solutions = Integer.getInteger("benchmark.solutions", 100_000);
        int rounds = Integer.getInteger("benchmark.rounds", 20);
        // Rounds of every measured call before timing: the first rounds after a start measure cold caches
        // and an idle JIT; docs/benchmarks.md shows what 3, 20 and 120 rounds give.
        int warmup = Integer.getInteger("benchmark.warmup", 20);
        HeapWatch heap = new HeapWatch();
        double plainHeld = HeapWatch.heldMiB();
        double plainRss = HeapWatch.rssMiB();
        ConfigurableApplicationContext app = SpringApplication.run(
                MarketplaceApplication.class,
                "--server.port=0",
                "--xkqz.local-stack.enabled=true",
                "--xkqz.demo-data.enabled=false",
                "--spring.http.codecs.max-in-memory-size=64MB",
                "--xkqz.security.dev-tokens=true",
                "--xkqz.limits.rate-limit-enabled=false",
                "--xkqz.limits.max-import-body=64MB",
                "--logging.level.root=WARN",
                "--logging.level.cn.xkqz=INFO");
        int status = 0;
        try {
            Benchmark benchmark = new Benchmark(app, heap);
            benchmark.report.line(
                    "# Benchmark: %,d synthetic solutions, %s, %d cores, max heap %.0f MiB, load average %s",
                    solutions,
                    Instant.now(),
                    Runtime.getRuntime().availableProcessors(),
                    HeapWatch.maxHeapMiB(),
                    loadAverage());
            benchmark.report.line(
                    "\nBefore the app started: %.1f MiB heap held, RSS %.0f MiB. Started (model loaded, nothing"
                            + " indexed): %.1f MiB heap held, RSS %.0f MiB.",
                    plainHeld, plainRss, HeapWatch.heldMiB(), HeapWatch.rssMiB());
            benchmark.run(solutions, rounds, warmup);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        } finally {
            app.close();
        }
        System.exit(status);
    }

    private void run(int solutions, int rounds, int warmup) throws Exception {
        // benchmark.skip=rebuild,search: only what is being worked on. The load runs unless the data dir
        // already holds the pool.
        List<String> skip = List.of(System.getProperty("benchmark.skip", "").split(","));
        heap.reset();
        long searchable = client.call("GET", "/api/v1/admin/search/status", null)
                .path("searchable")
                .asLong();
        if (searchable == solutions) {
            // A kept data dir (-Dxkqz.local-stack.data-dir=...) from an earlier run: measure that pool again,
            // once an index built from another definition has been rebuilt (it starts in the background).
            awaitCurrentDefinition();
            report.line(
                    "\n%,d solutions already loaded and indexed in the data dir: load and embedding not measured.",
                    searchable);
        } else {
            load(solutions);
            phase("load and sync");
        }
        if (!skip.contains("rebuild")) {
            new RebuildComparison(app, client, report, heap).run(Integer.getInteger("benchmark.rebuild-rounds", 3));
            phase("rebuild and raw bulk");
        }
        if (!skip.contains("search")) {
            new SearchComparison(app, client, report).run(rounds, warmup);
            phase("search");
        }
        if (!skip.contains("match")) {
            new MatchComparison(app, client, report).run(rounds, warmup);
            phase("matching");
        }
        report.line("\nLoad average at the end: %s.", loadAverage());
        report.write(Path.of("target", "benchmark-report.md"));
    }

    /** The heap the JVM (app and this benchmark) kept during the phase just finished, and now. */
    private void phase(String name) {
        report.line("\nHeap (%s): %s.", name, heap.phase());
        heap.reset();
    }

    private void load(int solutions) throws Exception {
        Timer embedding = app.getBean(MeterRegistry.class).timer("xkqz.semantic.embedding");
        long textsBefore = embedding.count();
        double busyBefore = embedding.totalTime(TimeUnit.MILLISECONDS);
        Instant start = Instant.now();
        int n = 0;
        for (Map<String, Object> file : SyntheticCatalog.files(solutions, 10_000)) {
            client.call("POST", "/api/v1/admin/imports/catalog", JSON.writeValueAsString(file));
            System.out.printf("imported file %d%n", ++n);
        }
        double seconds = seconds(start);
        report.line(
                "\n## Load through the import API\n\n%,d solutions in %.1f s (%.0f/s)",
                solutions, seconds, solutions / seconds);
        Instant syncStart = Instant.now();
        for (int poll = 1;
                !client.call("GET", "/api/v1/admin/search/status", null)
                        .path("inSync")
                        .asBoolean();
                poll++) {
            Thread.sleep(500);
            if (poll % 40 == 0) {
                heap.sample();
            }
        }
        double total = seconds(start);
        report.line("Index in sync %.1f s after the last import answered (outbox worker).", seconds(syncStart));
        long texts = embedding.count() - textsBefore;
        double busy = embedding.totalTime(TimeUnit.MILLISECONDS) - busyBefore;
        int threads = Runtime.getRuntime().availableProcessors();
        report.line(
                "\n**Embedding** (the outbox worker embeds each new solution's headline, `xkqz.semantic.embedding`):"
                        + " %,d texts between the first import and the index in sync (%.1f s): **%.1f texts/s** overall;"
                        + " %.1f ms of inference per text on one thread of the pool (%d threads, %.0f%% busy over that"
                        + " time: imports, PostgreSQL and Elasticsearch share the cores).",
                texts, total, texts / total, busy / texts, threads, 100 * busy / (total * 1000 * threads));
    }

    /** Waits until the alias points at an index of the current definition, reporting a rebuild it waited for. */
    private void awaitCurrentDefinition() throws InterruptedException {
        SolutionIndex index = app.getBean(SolutionIndex.class);
        Optional<String> current = Optional.of(index.definition());
        Instant start = Instant.now();
        // The same check as the start-up's IndexBootstrap: the definition recorded in the index's mapping.
        while (!current.equals(index.current()
                .flatMap(alias -> alias.map(index::definitionOf).orElseGet(() -> Mono.just(Optional.empty())))
                .block())) {
            Thread.sleep(2_000);
        }
        double waited = seconds(start);
        if (waited > 2) {
            report.line(
                    "\nThe kept index was built from another definition: rebuilt at start (%.0f s) before measuring.",
                    waited);
        }
    }

    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    private static double seconds(Instant start) {
        return Duration.between(start, Instant.now()).toMillis() / 1000.0;
    }
}
