package cn.xkqz.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** Startup problems are one line naming the cause (and the log, when there is one). */
class StartupProblemsTest {

    @Test
    void aTakenPortIsNamed() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> FreePort.resolve(taken.getLocalPort(), "Elasticsearch"))
                    .isInstanceOf(LocalStackException.class)
                    .hasMessage(
                            "Elasticsearch cannot start: port " + taken.getLocalPort()
                                    + " on 127.0.0.1 is already in use (set its xkqz.local-stack.*.port to 0 to pick a free port)");
        }
    }

    @Test
    void aMissingDistributionSaysWhereItWasLookedFor(@TempDir Path dir) {
        Path missing = dir.resolve("elasticsearch-9.2.8.zip");

        assertThatThrownBy(() -> ElasticsearchInstall.prepare(
                        missing, dir.resolve("plugin.zip"), dir, LogFactory.getLog(getClass())))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("Elasticsearch distribution not found at " + missing)
                .hasMessageContaining("xkqz.local-stack.elasticsearch.distribution")
                .message()
                .doesNotContain("\n");
    }

    @Test
    void theFirstErrorLineOfALogIsTheCause(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("server.log");
        Files.write(
                log,
                List.of(
                        "[INFO ] starting",
                        "[ERROR] fatal exception while booting: failed to obtain node locks",
                        "[ERROR] later noise"));

        assertThat(ServerLog.firstError(dir.resolve("absent.log"), log))
                .isEqualTo("[ERROR] fatal exception while booting: failed to obtain node locks");
        assertThat(ServerLog.firstError(dir.resolve("absent.log"))).isEqualTo("no error line in the logs");
    }

    @Test
    void blankPathsCountAsUnset() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("xkqz.local-stack.elasticsearch.distribution", "  ")
                .withProperty("xkqz.local-stack.elasticsearch.plugin", " /opt/plugin.zip ");

        LocalStackSettings settings = LocalStackSettings.from(env);

        assertThat(settings.elasticsearchDistribution()).isNull();
        assertThat(settings.elasticsearchPlugin()).isEqualTo(Path.of("/opt/plugin.zip"));
        assertThat(settings.dataDir()).isNull();
    }

    @Test
    void failureReportNamesTheCauseAndTheWayOut() {
        LocalStackException failure =
                new LocalStackException("Elasticsearch did not start: boom", Path.of("/x/es.log"));

        var analysis = new LocalStackFailureAnalyzer().analyze(failure);

        assertThat(analysis.getDescription()).isEqualTo("Elasticsearch did not start: boom (log: /x/es.log)");
        assertThat(analysis.getAction()).contains("SPRING_R2DBC_URL", "SPRING_ELASTICSEARCH_URIS");
    }
}
