package cn.xkqz.api.benchmark;

import cn.xkqz.catalog.solution.SolutionSnapshot;
import cn.xkqz.catalog.solution.SolutionSnapshots;
import cn.xkqz.indexer.SearchProperties;
import cn.xkqz.indexer.index.DocumentMapper;
import cn.xkqz.indexer.index.SolutionDocument;
import cn.xkqz.indexer.index.SolutionIndex;
import cn.xkqz.indexer.semantic.SolutionVectors;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

/**
 * The rebuild's documents (vectors included) bulk-loaded straight into a scratch index with the same
 * definition, batch size and concurrency (2): what a rebuild could do at best. The bulk bodies are made
 * beforehand and kept on disk, not in the heap, which the benchmark shares with the app under measurement
 * ({@code -Xmx256m}); the timed part reads each body and sends it, so it does less than before
 * (no JSON serialisation), which makes the target stricter.
 */
final class RawBulk {

    private static final ContentType NDJSON = ContentType.create("application/x-ndjson", StandardCharsets.UTF_8);

    private final ConfigurableApplicationContext app;

    RawBulk(ConfigurableApplicationContext app) {
        this.app = app;
    }

    /** How long the raw load of every searchable solution took; fails unless all {@code expected} arrived. */
    RebuildComparison.Timed load(long expected) throws IOException, InterruptedException {
        SolutionIndex index = app.getBean(SolutionIndex.class);
        ElasticsearchAsyncClient es = app.getBean(ElasticsearchAsyncClient.class);
        Rest5Client rest = app.getBean(Rest5Client.class);
        String scratch = "bench-raw-" + UUID.randomUUID();
        Path dir = Files.createTempDirectory("bench-raw-bulk");
        try {
            List<Path> bodies = prepare(dir);
            index.create(scratch, true, "bench-raw").block();
            quiet(rest);
            Instant start = Instant.now();
            long cpuBefore = RebuildComparison.cpuNanos();
            Flux.fromIterable(bodies)
                    .flatMapSequential(
                            body -> Mono.fromCallable(() -> send(rest, body)).subscribeOn(Schedulers.boundedElastic()),
                            2)
                    .then(index.finishBulkLoad(scratch))
                    .block();
            double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
            double cpuSeconds = (RebuildComparison.cpuNanos() - cpuBefore) / 1e9;
            long loaded =
                    Mono.fromFuture(es.count(c -> c.index(scratch))).block().count();
            if (loaded != expected) {
                throw new IllegalStateException("raw bulk loaded " + loaded + " of " + expected);
            }
            return new RebuildComparison.Timed(seconds, cpuSeconds);
        } finally {
            index.delete(scratch).onErrorComplete().block();
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    /** The bulk bodies, one file per batch: the rebuild's documents with the vectors it stored. */
    private List<Path> prepare(Path dir) throws IOException {
        SolutionSnapshots snapshots = app.getBean(SolutionSnapshots.class);
        DocumentMapper mapper = app.getBean(DocumentMapper.class);
        SolutionVectors vectors = app.getBean(SolutionVectors.class);
        JsonpMapper json = app.getBean(ElasticsearchAsyncClient.class)._jsonpMapper();
        int batch = app.getBean(SearchProperties.class).rebuildBatchSize();
        List<Path> bodies = new ArrayList<>();
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        int inCurrent = 0;
        UUID after = null;
        List<SolutionSnapshot> page;
        do {
            page = snapshots.searchable(after, batch).collectList().block();
            Map<UUID, float[]> stored = vectors.of(
                            page.stream().map(SolutionSnapshot::solution).toList())
                    .block();
            for (SolutionSnapshot s : page) {
                SolutionDocument doc =
                        mapper.toDocument(s.solution(), stored.get(s.solution().id()));
                current.writeBytes(("{\"index\":{\"_index\":\"bench-raw\",\"_id\":\"" + doc.id() + "\",\"version\":"
                                + s.indexVersion() + ",\"version_type\":\"external_gte\"}}\n")
                        .getBytes(StandardCharsets.UTF_8));
                write(json, doc, current);
                current.write('\n');
                if (++inCurrent == batch) {
                    bodies.add(spill(dir, bodies.size(), current));
                    inCurrent = 0;
                }
            }
            after = page.isEmpty() ? null : page.getLast().solution().id();
        } while (page.size() == batch);
        if (inCurrent > 0) {
            bodies.add(spill(dir, bodies.size(), current));
        }
        return bodies;
    }

    private static void write(JsonpMapper json, SolutionDocument doc, OutputStream out) {
        try (JsonGenerator generator = json.jsonProvider().createGenerator(out)) {
            json.serialize(doc, generator);
        }
    }

    private static Path spill(Path dir, int n, ByteArrayOutputStream body) throws IOException {
        Path file = dir.resolve("batch-" + n + ".ndjson");
        Files.write(file, body.toByteArray());
        body.reset();
        return file;
    }

    /**
     * Before either side is timed: a collected heap (what the previous side left is not collected on the
     * next one's time) and no merging in Elasticsearch.
     */
    static void quiet(Rest5Client rest) throws IOException, InterruptedException {
        System.gc();
        awaitNoMerges(rest);
    }

    /**
     * Waits until Elasticsearch merges no segments: a bulk-loaded index goes on merging (and rebuilding
     * its vector graphs) for a while after its refresh, on the cores the next measured side needs.
     */
    private static void awaitNoMerges(Rest5Client rest) throws IOException, InterruptedException {
        for (int waited = 0; waited < 300; waited++) {
            Response response = rest.performRequest(new Request("GET", "/_nodes/stats/indices/merges"));
            JsonNode nodes = BenchmarkClient.JSON
                    .readTree(response.getEntity().getContent())
                    .path("nodes");
            long merging = 0;
            for (JsonNode node : nodes) {
                merging += node.path("indices").path("merges").path("current").asLong();
            }
            if (merging == 0) {
                if (waited > 0) {
                    System.out.printf("Waited %d s for Elasticsearch's merges%n", waited);
                }
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Elasticsearch still merging after 5 minutes");
    }

    private static Void send(Rest5Client rest, Path body) throws IOException {
        Request request = new Request("POST", "/_bulk");
        request.setEntity(new ByteArrayEntity(Files.readAllBytes(body), NDJSON));
        Response response = rest.performRequest(request);
        JsonNode answer = BenchmarkClient.JSON.readTree(response.getEntity().getContent());
        if (answer.path("errors").asBoolean()) {
            throw new UncheckedIOException(new IOException("raw bulk had item errors"));
        }
        return null;
    }
}
