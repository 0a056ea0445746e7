package cn.xkqz.api.benchmark;

import cn.xkqz.api.MarketplaceApplication;
import cn.xkqz.api.catalog.ImportFiles;
import cn.xkqz.api.catalog.RosterSheets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The roster import at the size of a whole city's list: a synthetic .xlsx of {@code roster.rows}
 * (10,000) enterprises imported through {@code POST /api/v1/admin/imports/enterprises} (all created),
 * the same file again (all unchanged), then the whole roster exported. Target: the first import under
 * 30 s. See docs/benchmarks.md.
 */
public final class RosterBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final List<String> COUNTIES = List.of("红旗区", "卫滨区", "牧野区", "长垣市", "辉县市", "卫辉市", "新乡县", "获嘉县");
    private static final List<String> INDUSTRIES = List.of("起重装备", "高端医疗器械及卫材", "汽车零部件", "NEW_CHEMICALS");

    private final String base;
    private final StringBuilder report = new StringBuilder();
    private String token = "";

    private RosterBenchmark(ConfigurableApplicationContext app) {
        this.base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    }

    public static void main(String[] args) {
        int rows = Integer.getInteger("roster.rows", 10_000);
        ConfigurableApplicationContext app = SpringApplication.run(
                MarketplaceApplication.class,
                "--server.port=0",
                "--xkqz.local-stack.enabled=true",
                "--xkqz.demo-data.enabled=false",
                "--xkqz.security.dev-tokens=true",
                "--xkqz.limits.rate-limit-enabled=false",
                "--logging.level.root=WARN",
                "--logging.level.cn.xkqz=INFO");
        int status = 0;
        try {
            new RosterBenchmark(app).run(rows);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        } finally {
            app.close();
        }
        System.exit(status);
    }

    private void run(int rows) throws Exception {
        line(
                "# Roster benchmark: %,d enterprises, %s, %d cores",
                rows, Instant.now(), Runtime.getRuntime().availableProcessors());
        token = JSON.readTree(send(json("/api/v1/dev/tokens", "{\"role\": \"BUREAU\"}")))
                .path("token")
                .asString();
        byte[] file = RosterSheets.xlsx(RosterSheets.HEADERS, roster(rows));
        line("\nThe file: %,d bytes.\n", file.length);
        line("| step | time | result |\n| --- | --- | --- |");
        timedImport("import (all new)", file);
        timedImport("same file again (all unchanged)", file);
        Instant start = Instant.now();
        byte[] export = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/enterprises/export.xlsx"))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
        line("| export of the whole roster | %.1f s | %,d bytes |", seconds(start), export.length);
        Path out = Path.of("target", "roster-benchmark-report.md");
        Files.writeString(out, report);
        System.out.println("\nReport written to " + out.toAbsolutePath());
    }

    private void timedImport(String step, byte[] file) throws Exception {
        Instant start = Instant.now();
        JsonNode result = JSON.readTree(send(upload(file)));
        line(
                "| %s | %.1f s | created %d, updated %d, unchanged %d |",
                step,
                seconds(start),
                result.path("created").asInt(),
                result.path("updated").asInt(),
                result.path("unchanged").asInt());
    }

    /** Enterprises spread over counties, industries (by code and by name), scales and batches. */
    private static List<List<Object>> roster(int rows) {
        return IntStream.range(0, rows)
                .mapToObj(i -> {
                    List<Object> row = RosterSheets.row(
                            "新乡市第" + i + "号制造有限公司", ImportFiles.creditCode(), COUNTIES.get(i % COUNTIES.size()));
                    row.set(3, INDUSTRIES.get(i % INDUSTRIES.size()));
                    row.set(4, i % 3 == 0 ? "规上" : "BELOW");
                    row.set(6, 1 + i % 3);
                    return row;
                })
                .toList();
    }

    private HttpRequest upload(byte[] file) throws IOException {
        String boundary = "roster-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"roster.xlsx\"\r\n"
                        + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/imports/enterprises"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
    }

    private HttpRequest json(String path, String body) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static byte[] send(HttpRequest request) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }

    private static double seconds(Instant start) {
        return Duration.between(start, Instant.now()).toMillis() / 1000.0;
    }
}
