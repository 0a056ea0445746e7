package cn.xkqz.api.benchmark;

import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

/**
 * (a) The rebuild through the API against raw {@code _bulk} of the same documents ({@link RawBulk}): one
 * rebuild on a cold JIT, shown apart, then rounds that alternate which side goes first, each round's pair
 * back to back; the target is read off the median of the rounds' ratios. With the CPU time this JVM spent
 * in each: on two cores, what the app uses is taken from Elasticsearch.
 */
final class RebuildComparison {

    private final ConfigurableApplicationContext app;
    private final BenchmarkClient client;
    private final Report report;
    private final HeapWatch heap;

    RebuildComparison(ConfigurableApplicationContext app, BenchmarkClient client, Report report, HeapWatch heap) {
        this.app = app;
        this.client = client;
        this.report = report;
        this.heap = heap;
    }

    void run(int rounds) throws Exception {
        Timer embedding = app.getBean(MeterRegistry.class).timer("xkqz.semantic.embedding");
        long textsBefore = embedding.count();
        // Settle PostgreSQL after the bulk load (autovacuum would otherwise run during one side only).
        app.getBean(DatabaseClient.class).sql("vacuum analyze").then().block();
        report.line("\n## (a) Rebuild vs raw _bulk (vectors included on both sides)\n");
        report.line(
                "| round | first | rebuild s | raw _bulk s | documents | rebuild docs/s | raw docs/s | rebuild / raw"
                        + " | CPU of this JVM: rebuild / raw load, s |");
        report.line("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        // The first rebuild after a start runs on a cold JIT and takes about 1.5 times the CPU of a later one,
        // part of the spread of the single pairs measured before session 24. Shown, not counted, as search
        // warms up before timing.
        Rebuilt cold = rebuild();
        report.line(
                "| cold | — | %.1f | — | %,d | %.0f | — | — | %.1f / — |",
                cold.seconds(), cold.documents(), cold.documents() / cold.seconds(), cold.cpuSeconds());
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            boolean rebuildFirst = round % 2 == 1;
            Timed raw = rebuildFirst ? null : rawLoad();
            Rebuilt rebuilt = rebuild();
            if (raw == null) {
                raw = rawLoad();
            }
            double ratio = raw.seconds() / rebuilt.seconds();
            ratios.add(ratio);
            report.line(
                    "| %d | %s | %.1f | %.1f | %,d | %.0f | %.0f | %.0f %% | %.1f / %.1f |",
                    round,
                    rebuildFirst ? "rebuild" : "raw",
                    rebuilt.seconds(),
                    raw.seconds(),
                    rebuilt.documents(),
                    rebuilt.documents() / rebuilt.seconds(),
                    rebuilt.documents() / raw.seconds(),
                    100 * ratio,
                    rebuilt.cpuSeconds(),
                    raw.cpuSeconds());
        }
        report.line(
                "\nStored vectors reused: %,d texts embedded during the rebuilds. Rebuild throughput = **%.0f%%**"
                        + " of raw _bulk, median of %d rounds after the cold one (target ≥ 70%%).",
                embedding.count() - textsBefore, 100 * median(ratios), rounds);
    }

    /**
     * One rebuild through the API, timed by its job (start to alias swap), with the CPU time this JVM (the
     * app; the benchmark only polls) spent meanwhile: what the rebuild takes from Elasticsearch's cores.
     */
    private Rebuilt rebuild() throws Exception {
        RawBulk.quiet(app.getBean(Rest5Client.class));
        long cpuBefore = cpuNanos();
        JsonNode job = client.call("POST", "/api/v1/admin/search/rebuild", null);
        String id = job.path("id").asString();
        for (int poll = 1; job.path("status").asString().equals("RUNNING"); poll++) {
            Thread.sleep(500);
            if (poll % 20 == 0) {
                heap.sample();
            }
            job = client.call("GET", "/api/v1/admin/search/rebuild/" + id, null);
        }
        if (!job.path("status").asString().equals("SUCCEEDED")) {
            throw new IllegalStateException("rebuild failed: " + job);
        }
        double seconds = Duration.between(
                                Instant.parse(job.path("startedAt").asString()),
                                Instant.parse(job.path("finishedAt").asString()))
                        .toMillis()
                / 1000.0;
        return new Rebuilt(job.path("done").asLong(), seconds, (cpuNanos() - cpuBefore) / 1e9);
    }

    /** The raw load (bodies made beforehand, not timed), with this JVM's CPU time while it was timed. */
    private Timed rawLoad() throws IOException, InterruptedException {
        long searchable = client.call("GET", "/api/v1/admin/search/status", null)
                .path("searchable")
                .asLong();
        return new RawBulk(app).load(searchable);
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private record Rebuilt(long documents, double seconds, double cpuSeconds) {}

    /** Wall-clock and this JVM's CPU seconds of a timed part. */
    record Timed(double seconds, double cpuSeconds) {}
}
