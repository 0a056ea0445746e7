package cn.xkqz.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.ApiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/openapi.json is the served document, so client developers can generate from a file and reviewers see
 * API changes in diffs. Written with sorted keys and indented, so the same document is the same file.
 */
@ApiTest
class OpenApiCommittedDocumentTest {

    /** The surefire working directory is the api module. */
    static final Path COMMITTED = Path.of("../docs/openapi.json");

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @Autowired
    WebTestClient http;

    @Test
    void theCommittedDocumentIsTheServedOne() throws Exception {
        Map<?, ?> served = MAPPER.readValue(
                http.get()
                        .uri("/v3/api-docs")
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody()
                        .returnResult()
                        .getResponseBody(),
                Map.class);
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(COMMITTED, MAPPER.writeValueAsString(served) + "\n");
        }
        Map<?, ?> committed = MAPPER.readValue(Files.readString(COMMITTED), Map.class);
        assertThat(differences("", committed, served))
                .as("docs/openapi.json differs from the served document at these places. If the change is meant,"
                        + " refresh the file with ./mvnw -pl api -am verify -Dtest=OpenApiCommittedDocumentTest"
                        + " -Dsurefire.failIfNoSpecifiedTests=false -DskipITs -Dopenapi.update=true and commit it")
                .isEmpty();
    }

    /** JSON pointers where the two documents differ, the first few, so the message says where to look. */
    private static List<String> differences(String at, Object committed, Object served) {
        List<String> found = new ArrayList<>();
        if (committed instanceof Map<?, ?> c && served instanceof Map<?, ?> s) {
            Set<Object> keys = new HashSet<>(c.keySet());
            keys.addAll(s.keySet());
            keys.stream()
                    .map(String::valueOf)
                    .sorted()
                    .forEach(key -> found.addAll(
                            differences(at + "/" + key.replace("~", "~0").replace("/", "~1"), c.get(key), s.get(key))));
        } else if (!Objects.equals(committed, served)) {
            found.add(at);
        }
        return found.subList(0, Math.min(found.size(), 20));
    }
}
