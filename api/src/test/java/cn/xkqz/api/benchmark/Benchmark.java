package cn.xkqz.api.benchmark;

import cn.xkqz.api.MarketplaceApplication;
import cn.xkqz.catalog.solution.DeliveryMode;
import cn.xkqz.catalog.solution.SolutionSnapshot;
import cn.xkqz.catalog.solution.SolutionSnapshots;
import cn.xkqz.indexer.SearchProperties;
import cn.xkqz.indexer.index.DocumentMapper;
import cn.xkqz.indexer.index.SolutionDocument;
import cn.xkqz.indexer.index.SolutionIndex;
import cn.xkqz.indexer.search.SearchQuery;
import cn.xkqz.indexer.search.SolutionSearch;
import cn.xkqz.indexer.semantic.SolutionVectors;
import cn.xkqz.matching.retrieval.PainPointRetrieval;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a synthetic pool through the catalogue import, then measures on the same machine in one run:
 * (a) index rebuild throughput against raw {@code _bulk} of the same documents, and (b) search latency
 * and throughput through the API against the same Elasticsearch requests sent directly. See
 * docs/benchmarks.md for how to run it and the figures it produced.
 */
public final class Benchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConfigurableApplicationContext app;
    private final StringBuilder report = new StringBuilder();

    private final BenchmarkClient client;

    private Benchmark(ConfigurableApplicationContext app) {
        this.app = app;
        String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        // Bureau staff import and rebuild; searches and matches are open to anyone but send it too.
        this.client = new BenchmarkClient(base).as("BUREAU", null);
    }

    public static void main(String[] args) throws Exception {
        int solutions = Integer.getInteger("benchmark.solutions", 100_000);
        int rounds = Integer.getInteger("benchmark.rounds", 20);
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
            new Benchmark(app).run(solutions, rounds);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        } finally {
            app.close();
        }
        System.exit(status);
    }

    private void run(int solutions, int rounds) throws Exception {
        line(
                "# Benchmark: %,d synthetic solutions, %s, %d cores",
                solutions, Instant.now(), Runtime.getRuntime().availableProcessors());
        load(solutions);
        rebuildAgainstRawBulk();
        searchAgainstRawElasticsearch(rounds);
        matchAgainstOneRawSearch(rounds);
        Path out = Path.of("target", "benchmark-report.md");
        Files.writeString(out, report);
        System.out.println("\nReport written to " + out.toAbsolutePath());
    }

    private void load(int solutions) throws Exception {
        List<Map<String, Object>> files = SyntheticCatalog.files(solutions, 10_000);
        Instant start = Instant.now();
        for (int i = 0; i < files.size(); i++) {
            client.call("POST", "/api/v1/admin/imports/catalog", JSON.writeValueAsString(files.get(i)));
            System.out.printf("imported %d/%d files%n", i + 1, files.size());
        }
        double seconds = seconds(start);
        line(
                "\n## Load through the import API\n\n%,d solutions in %.1f s (%.0f/s)",
                solutions, seconds, solutions / seconds);
        Instant syncStart = Instant.now();
        while (!client.call("GET", "/api/v1/admin/search/status", null)
                .path("inSync")
                .asBoolean()) {
            Thread.sleep(500);
        }
        line("Index in sync %.1f s after the last import answered (outbox worker).", seconds(syncStart));
    }

    private void rebuildAgainstRawBulk() throws Exception {
        // Settle PostgreSQL after the bulk load (autovacuum would otherwise run during one side only).
        app.getBean(DatabaseClient.class).sql("vacuum analyze").then().block();
        JsonNode job = client.call("POST", "/api/v1/admin/search/rebuild", null);
        String id = job.path("id").asString();
        while (job.path("status").asString().equals("RUNNING")) {
            Thread.sleep(500);
            job = client.call("GET", "/api/v1/admin/search/rebuild/" + id, null);
        }
        if (!job.path("status").asString().equals("SUCCEEDED")) {
            throw new IllegalStateException("rebuild failed: " + job);
        }
        long docs = job.path("done").asLong();
        double rebuildSeconds = Duration.between(
                                Instant.parse(job.path("startedAt").asString()),
                                Instant.parse(job.path("finishedAt").asString()))
                        .toMillis()
                / 1000.0;
        double rawSeconds = rawBulk(docs);
        double rebuildRate = docs / rebuildSeconds;
        double rawRate = docs / rawSeconds;
        line("\n## (a) Rebuild vs raw _bulk\n");
        line("| | documents | seconds | docs/s |\n|---|---:|---:|---:|");
        line(
                "| rebuild (PostgreSQL → new index → alias swap) | %,d | %.1f | %.0f |",
                docs, rebuildSeconds, rebuildRate);
        line("| raw _bulk of the same documents | %,d | %.1f | %.0f |", docs, rawSeconds, rawRate);
        line("\nRebuild throughput = **%.0f%%** of raw _bulk (target ≥ 70%%).", 100 * rebuildRate / rawRate);
    }

    /** The same documents, prepared in memory first, bulk-loaded into a scratch index the rebuild's way. */
    private double rawBulk(long expected) {
        SolutionSnapshots snapshots = app.getBean(SolutionSnapshots.class);
        DocumentMapper mapper = app.getBean(DocumentMapper.class);
        SolutionVectors vectors = app.getBean(SolutionVectors.class);
        SolutionIndex index = app.getBean(SolutionIndex.class);
        ElasticsearchAsyncClient es = app.getBean(ElasticsearchAsyncClient.class);
        int batch = app.getBean(SearchProperties.class).rebuildBatchSize();
        List<List<BulkOperation>> batches = new ArrayList<>();
        List<BulkOperation> current = new ArrayList<>();
        UUID after = null;
        List<SolutionSnapshot> page;
        do {
            page = snapshots.searchable(after, 5_000).collectList().block();
            // The vectors the rebuild stored: the raw side sends the same documents, vectors included.
            Map<UUID, float[]> stored = vectors.of(
                            page.stream().map(SolutionSnapshot::solution).toList())
                    .block();
            for (SolutionSnapshot s : page) {
                SolutionDocument doc =
                        mapper.toDocument(s.solution(), stored.get(s.solution().id()));
                current.add(BulkOperation.of(b -> b.index(i -> i.index("bench-raw")
                        .id(doc.id())
                        .version(s.indexVersion())
                        .versionType(VersionType.ExternalGte)
                        .document(doc))));
                if (current.size() == batch) {
                    batches.add(current);
                    current = new ArrayList<>();
                }
            }
            after = page.isEmpty() ? null : page.getLast().solution().id();
        } while (page.size() == 5_000);
        if (!current.isEmpty()) {
            batches.add(current);
        }
        String scratch = "bench-raw-" + UUID.randomUUID();
        index.create(scratch, true, "bench-raw").block();
        Instant start = Instant.now();
        Flux.fromIterable(batches)
                .flatMapSequential(ops -> Mono.fromFuture(() -> es.bulk(b -> b.operations(ops))), 2)
                .doOnNext(r -> {
                    if (r.errors()) {
                        throw new IllegalStateException("raw bulk had item errors");
                    }
                })
                .then(index.finishBulkLoad(scratch))
                .block();
        double seconds = seconds(start);
        long loaded = Mono.fromFuture(es.count(c -> c.index(scratch))).block().count();
        index.delete(scratch).block();
        if (loaded != expected) {
            throw new IllegalStateException("raw bulk loaded " + loaded + " of " + expected);
        }
        return seconds;
    }

    private void searchAgainstRawElasticsearch(int rounds) throws Exception {
        SolutionSearch search = app.getBean(SolutionSearch.class);
        ElasticsearchClient es = app.getBean(ElasticsearchClient.class);
        List<Runnable> api = new ArrayList<>();
        List<Runnable> raw = new ArrayList<>();
        for (String query : SyntheticCatalog.queries()) {
            String uri = "/api/v1/search/solutions?" + encode(query) + "&size=20";
            api.add(() -> client.call("GET", uri, null));
            SearchQuery parsed = parse(query);
            SearchRequest feedback = parsed.q() == null ? null : search.feedbackRequest(parsed);
            SearchRequest results = search.plan(parsed).block();
            raw.add(() -> send(es, feedback, results));
        }
        Latency apiLatency = new Latency();
        Latency rawLatency = new Latency();
        for (int round = -3; round < rounds; round++) {
            for (int q = 0; q < api.size(); q++) {
                if (round < 0) {
                    api.get(q).run();
                    raw.get(q).run();
                } else {
                    apiLatency.record(api.get(q));
                    rawLatency.record(raw.get(q));
                }
            }
        }
        double apiThroughput = Latency.throughput(api, 8, Duration.ofSeconds(15));
        double rawThroughput = Latency.throughput(raw, 8, Duration.ofSeconds(15));
        line("\n## (b) Search: API vs the same Elasticsearch requests sent directly\n");
        line(
                "%d queries (text with and without filters, and a filtered browse), %d sequential samples each side;"
                        + " throughput with 8 concurrent callers for 15 s. A text search is two Elasticsearch requests"
                        + " (scene feedback, then results); the raw side sends both.\n",
                api.size(), apiLatency.samples());
        line("| | p50 ms | p99 ms | requests/s |\n|---|---:|---:|---:|");
        line(
                "| API (HTTP, validation, JSON) | %.1f | %.1f | %.0f |",
                apiLatency.percentileMillis(50), apiLatency.percentileMillis(99), apiThroughput);
        line(
                "| raw Elasticsearch | %.1f | %.1f | %.0f |",
                rawLatency.percentileMillis(50), rawLatency.percentileMillis(99), rawThroughput);
        line(
                "\nAPI p50 = **%.2f×** raw (target ≤ 1.3×); p99 %.2f×; throughput %.0f%% of raw.",
                apiLatency.percentileMillis(50) / rawLatency.percentileMillis(50),
                apiLatency.percentileMillis(99) / rawLatency.percentileMillis(99),
                100 * apiThroughput / rawThroughput);
    }

    /** A five-pain-point match through the API against one raw search of one of its pain points. */
    private void matchAgainstOneRawSearch(int rounds) throws Exception {
        ElasticsearchClient es = app.getBean(ElasticsearchClient.class);
        String alias = app.getBean(SolutionIndex.class).alias();
        List<Map<String, Object>> painPoints = SyntheticCatalog.painPoints();
        String body = JSON.writeValueAsString(Map.of(
                "industry",
                "AUTO_PARTS",
                "painPoints",
                painPoints,
                "demandScenes",
                List.of("EQUIPMENT", "QUALITY"),
                "budgetYuan",
                300_000,
                "size",
                10));
        SearchRequest single = SearchRequest.of(s -> s.index(alias).size(50).query(PainPointRetrieval.textQuery((String)
                painPoints.getFirst().get("text"))));
        Latency api = new Latency();
        Latency raw = new Latency();
        for (int round = -3; round < rounds * 5; round++) {
            Runnable match = () -> client.call("POST", "/api/v1/matches", body);
            Runnable search = () -> send(es, null, single);
            if (round < 0) {
                match.run();
                search.run();
            } else {
                api.record(match);
                raw.record(search);
            }
        }
        line("\n## (c) Matching: a 5-pain-point match vs one raw search of one pain point\n");
        line(
                "The match is one `_msearch` (a query per pain point returning ids and scores, plus the scene/industry"
                        + " candidates), then catalogue state and words from the caches, ranking and explanations;"
                        + " %d samples.\n",
                api.samples());
        line("| | p50 ms | p99 ms |\n|---|---:|---:|");
        line("| match via API (5 pain points) | %.1f | %.1f |", api.percentileMillis(50), api.percentileMillis(99));
        line(
                "| one raw search (1 pain point, 50 hits) | %.1f | %.1f |",
                raw.percentileMillis(50), raw.percentileMillis(99));
        line(
                "\nMatch p50 = **%.2f×** one raw search (target ≤ 3×); p99 %.2f×.",
                api.percentileMillis(50) / raw.percentileMillis(50),
                api.percentileMillis(99) / raw.percentileMillis(99));
    }

    private static void send(ElasticsearchClient es, SearchRequest feedback, SearchRequest results) {
        try {
            if (feedback != null) {
                es.search(feedback, Object.class);
            }
            es.search(results, SolutionDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SearchQuery parse(String query) {
        String q = null;
        List<String> industries = new ArrayList<>();
        List<String> scenes = new ArrayList<>();
        List<DeliveryMode> modes = new ArrayList<>();
        Long priceMax = null;
        Boolean openApi = null;
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            String value = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            switch (kv[0]) {
                case "q" -> q = value;
                case "industry" -> industries.add(value);
                case "scene" -> scenes.add(value);
                case "deliveryMode" -> modes.add(DeliveryMode.valueOf(value));
                case "priceMax" -> priceMax = Long.parseLong(value);
                case "openApi" -> openApi = Boolean.parseBoolean(value);
                default -> throw new IllegalArgumentException(kv[0]);
            }
        }
        return new SearchQuery(q, industries, scenes, modes, priceMax, openApi, 0, 20);
    }

    private static String encode(String query) {
        StringBuilder out = new StringBuilder();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            out.append(out.isEmpty() ? "" : "&")
                    .append(kv[0])
                    .append('=')
                    .append(URLEncoder.encode(kv[1], StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private static double seconds(Instant start) {
        return Duration.between(start, Instant.now()).toMillis() / 1000.0;
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.append(text).append('\n');
        System.out.println(text);
    }
}
