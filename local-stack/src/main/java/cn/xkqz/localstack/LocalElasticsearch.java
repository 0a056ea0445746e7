package cn.xkqz.localstack;

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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.logging.Log;
import org.springframework.util.FileSystemUtils;

/** A real single-node Elasticsearch bound to 127.0.0.1, running from an {@link ElasticsearchInstall}. */
final class LocalElasticsearch implements AutoCloseable {

    private static final String CLUSTER = "xkqz-local";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);

    private final Path home;
    private final Path instanceDir;
    private final String heap;
    private final int port;
    private Process process;

    private LocalElasticsearch(Path home, Path instanceDir, String heap, int port, Process process) {
        this.home = home;
        this.instanceDir = instanceDir;
        this.heap = heap;
        this.port = port;
        this.process = process;
    }

    /**
     * Starts a node whose data, logs, config and temp files live in {@code instanceDir}.
     *
     * @param home an install from {@link ElasticsearchInstall#prepare}
     */
    static LocalElasticsearch start(Path home, Path instanceDir, int configuredPort, String heap, Log log) {
        Path logs = instanceDir.resolve("logs");
        Path serverLog = logs.resolve(CLUSTER + ".log");
        try {
            int port = FreePort.resolve(configuredPort, "Elasticsearch");
            Path config = prepareDirectories(home, instanceDir, port);
            StaleProcess.stop(instanceDir.resolve("elasticsearch.pid"), "elasticsearch", log);
            Process process = launch(home, instanceDir, config, heap);
            LocalElasticsearch node = new LocalElasticsearch(home, instanceDir, heap, port, process);
            node.awaitHealthy(serverLog);
            return node;
        } catch (IOException e) {
            throw new LocalStackException("Elasticsearch did not start: " + e.getMessage(), serverLog, e);
        }
    }

    private static Path prepareDirectories(Path home, Path instanceDir, int port) throws IOException {
        Path config = instanceDir.resolve("config");
        for (String dir : List.of("data", "logs", "tmp")) {
            Files.createDirectories(instanceDir.resolve(dir));
        }
        if (!Files.exists(config.resolve("jvm.options"))) {
            FileSystemUtils.copyRecursively(home.resolve("config"), config);
        }
        Files.writeString(config.resolve("elasticsearch.yml"), settings(instanceDir, port));
        ServerUser.requireReachable(instanceDir);
        ServerUser.own(instanceDir);
        return config;
    }

    private static String settings(Path instanceDir, int port) {
        return String.join(
                "\n",
                "cluster.name: " + CLUSTER,
                "node.name: local",
                "path.data: " + instanceDir.resolve("data"),
                "path.logs: " + instanceDir.resolve("logs"),
                "network.host: 127.0.0.1",
                "http.port: " + port,
                "transport.port: 0",
                "discovery.type: single-node",
                "xpack.security.enabled: false",
                // A nearly full laptop disk must not turn the local indices read-only.
                "cluster.routing.allocation.disk.threshold_enabled: false",
                "");
    }

    private static Process launch(Path home, Path instanceDir, Path config, String heap) throws IOException {
        Path tmp = instanceDir.resolve("tmp");
        ProcessBuilder builder = new ProcessBuilder(ServerUser.command(List.of(
                        home.resolve("bin/elasticsearch").toString(),
                        "-p",
                        instanceDir.resolve("elasticsearch.pid").toString())))
                .redirectErrorStream(true)
                .redirectOutput(instanceDir.resolve("logs/console.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("ES_JAVA_HOME", System.getProperty("java.home"));
        env.put("ES_PATH_CONF", config.toString());
        env.put("ES_TMPDIR", tmp.toString());
        env.put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap + " -XX:-AlwaysPreTouch");
        env.put("CLI_JAVA_OPTS", "-Djava.io.tmpdir=" + tmp);
        return builder.start();
    }

    private void awaitHealthy(Path serverLog) throws IOException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(uri().resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("the process exited with code " + process.exitValue() + ": "
                        + ServerLog.firstError(serverLog, serverLog.resolveSibling("console.log")));
            }
            if (isHealthy(http, health)) {
                return;
            }
            pause();
        }
        close();
        throw new IOException("not healthy after " + STARTUP_TIMEOUT.toSeconds() + " s");
    }

    private static boolean isHealthy(HttpClient http, HttpRequest health) {
        try {
            HttpResponse<String> response =
                    http.send(health, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Starts the node again after {@link #close()}, on the same port and data: an outage, then recovery. */
    void restart() {
        Path serverLog = instanceDir.resolve("logs").resolve(CLUSTER + ".log");
        try {
            process = launch(home, instanceDir, instanceDir.resolve("config"), heap);
            awaitHealthy(serverLog);
        } catch (IOException e) {
            throw new LocalStackException("Elasticsearch did not restart: " + e.getMessage(), serverLog, e);
        }
    }

    @Override
    public void close() {
        // SIGTERM lets the CLI stop its server child; anything still running afterwards is killed.
        process.destroy();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
