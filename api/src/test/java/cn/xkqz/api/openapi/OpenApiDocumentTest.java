package cn.xkqz.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.ApiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the served document to target/openapi.json, which Redocly and Spectral lint at verify (see
 * api/pom.xml), and checks here what the linters cannot know we promise: every operation says who may
 * call it, answers errors as the shared problem, and describes and exemplifies what it takes.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {

    static final Path WRITTEN = Path.of("target/openapi.json");

    @Autowired
    WebTestClient http;

    Map<String, Object> document;

    @BeforeAll
    void fetchAndWrite() throws Exception {
        byte[] served = http.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody();
        Files.createDirectories(WRITTEN.getParent());
        Files.write(WRITTEN, served);
        document = cast(JsonMapper.builder().build().readValue(served, Map.class));
    }

    @Test
    void describesTheApiAndItsBearerScheme() {
        Map<String, Object> info = map(document, "info");
        assertThat((String) info.get("title")).contains("小快轻准");
        assertThat(info.get("version")).isNotEqualTo("v0");
        Map<String, Object> bearer = map(map(map(document, "components"), "securitySchemes"), "bearerAuth");
        assertThat(bearer).containsEntry("type", "http").containsEntry("scheme", "bearer");
    }

    @Test
    void everyOperationIsDocumented() {
        SoftAssertions soft = new SoftAssertions();
        Set<String> ids = new HashSet<>();
        List<DocumentedOperation> operations = DocumentedOperation.all(document);
        assertThat(operations).hasSizeGreaterThanOrEqualTo(48);
        for (DocumentedOperation op : operations) {
            Map<String, Object> o = cast(op.operation());
            String at = op.method() + " " + op.path();
            soft.assertThat(ids.add(String.valueOf(o.get("operationId"))))
                    .as("unique operationId " + at)
                    .isTrue();
            soft.assertThat((String) o.get("operationId")).as(at).matches("[a-z][A-Za-z]+");
            soft.assertThat((String) o.get("summary")).as("summary " + at).isNotBlank();
            soft.assertThat((String) o.get("description"))
                    .as("description " + at)
                    .isNotBlank();
            soft.assertThat(list(o.get("tags"))).as("tags " + at).hasSize(1);
            soft.assertThat(o.get("security")).as("security " + at).isNotNull();
            Map<String, Object> responses = map(o, "responses");
            soft.assertThat(responses.keySet()).as("a 2xx " + at).anyMatch(s -> s.startsWith("2"));
            soft.assertThat(responses.keySet()).as("a 4xx " + at).anyMatch(s -> s.startsWith("4"));
            responses.forEach((status, response) -> {
                Map<String, Object> r = cast(response);
                String code = status;
                if (code.startsWith("4") || code.startsWith("5")) {
                    soft.assertThat(r.get("$ref") != null || map(r, "content").containsKey("application/problem+json"))
                            .as(code + " is a problem " + at)
                            .isTrue();
                } else if (r.get("content") != null && !isDownload(map(r, "content"))) {
                    soft.assertThat(map(r, "content").keySet())
                            .as(code + " media type " + at)
                            .containsOnly("application/json");
                }
            });
            for (Object p : list(o.getOrDefault("parameters", List.of()))) {
                Map<String, Object> parameter = cast(p);
                soft.assertThat((String) parameter.get("description"))
                        .as("described " + parameter.get("name") + " " + at)
                        .isNotBlank();
                soft.assertThat(parameter.get("example"))
                        .as("example " + parameter.get("name") + " " + at)
                        .isNotNull();
            }
            if (o.get("requestBody") != null) {
                Map<String, Object> content = map(map(o, "requestBody"), "content");
                if (content.containsKey("multipart/form-data")) {
                    // A file upload: its example would be a file; the parts are described instead.
                    soft.assertThat(map(map(content, "multipart/form-data"), "schema"))
                            .as("upload parts " + at)
                            .containsKey("properties");
                } else {
                    soft.assertThat(map(content, "application/json").get("example"))
                            .as("body example " + at)
                            .isNotNull();
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void fieldsThatArriveAsNullAreNullableAndServiceRulesAreRequired() {
        Map<String, Object> schemas = map(map(document, "components"), "schemas");
        assertThat(type(schemas, "Enterprise", "contactName")).isEqualTo(List.of("string", "null"));
        assertThat(type(schemas, "RecommendedList", "publishedAt")).isEqualTo(List.of("string", "null"));
        assertThat(type(schemas, "RebuildJob", "etaSeconds")).isEqualTo(List.of("integer", "null"));
        assertThat(type(schemas, "AuditEntry", "before")).isEqualTo(List.of("string", "null"));
        assertThat(list(map(schemas, "SolutionUpdate").get("required"))).contains("version");
        assertThat(list(map(schemas, "ProviderUpdate").get("required"))).contains("version");
        assertThat(list(map(schemas, "NewSolution").get("required"))).contains("providerId");
        assertThat(map(map(map(schemas, "MatchRequest"), "properties"), "painPoints"))
                .containsEntry("minItems", 1);
        Map<String, Object> action = map(map(map(schemas, "SolutionTransitionRequest"), "properties"), "action");
        assertThat(list(action.get("enum"))).contains("SUBMIT", "APPROVE", "DELIST");
    }

    /** A file to download (the roster's .xlsx): one media type, not JSON, a binary string. */
    private static boolean isDownload(Map<String, Object> content) {
        return content.size() == 1
                && content.entrySet().stream()
                        .allMatch(e -> !e.getKey().contains("json")
                                && "binary"
                                        .equals(map(cast(e.getValue()), "schema")
                                                .get("format")));
    }

    private static Object type(Map<String, Object> schemas, String schema, String property) {
        return map(map(map(schemas, schema), "properties"), property).get("type");
    }

    static Map<String, Object> map(Map<String, Object> from, String key) {
        Object value = from.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return cast(value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
