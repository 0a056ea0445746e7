package cn.xkqz.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.awaitility.Awaitility.await;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import cn.xkqz.api.catalog.ImportFiles;
import cn.xkqz.api.pilot.PilotSteps;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The document tells the truth about what the API answers. Every operation it serves gets valid requests
 * (a role it lists, records this test made, its examples) and invalid ones (see {@link ConformanceCalls});
 * every answer's status must be declared for the operation, its Content-Type must be a declared media
 * type, and its body must match the declared schema ({@link DeclaredResponses}). Path ids the test has no
 * record for are random: every operation with a path id declares 404.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiConformanceTest {

    /** The ids the document's examples use (see the controllers' @Parameter examples). */
    private static final String EXAMPLE_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

    private static final String OTHER_EXAMPLE_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

    @Autowired
    WebTestClient anonymous;

    DeclaredResponses declared;
    List<DocumentedOperation> operations;

    @BeforeAll
    void readTheDocument() {
        Requests.awaitReadiness(anonymous);
        declared = new DeclaredResponses(anonymous
                .get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody());
        operations = DocumentedOperation.all(Requests.get(anonymous, "/v3/api-docs", HttpStatus.OK));
    }

    /** The check itself finds what it should, so that no findings means something. */
    @Test
    void theCheckFindsAnswersThatAreNotAsDeclared() {
        DocumentedOperation getSolution = operations.stream()
                .filter(o -> o.toString().equals("GET /api/v1/solutions/{id}"))
                .findFirst()
                .orElseThrow();
        byte[] problem =
                "{\"type\":\"about:blank\",\"title\":\"未找到\",\"status\":\"404\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(declared.check(getSolution, 418, MediaType.APPLICATION_PROBLEM_JSON, problem))
                .singleElement(STRING)
                .contains("undeclared status");
        assertThat(declared.check(getSolution, 404, MediaType.TEXT_HTML, problem))
                .singleElement(STRING)
                .contains("answered text/html");
        assertThat(declared.check(getSolution, 404, MediaType.APPLICATION_PROBLEM_JSON, problem))
                .singleElement(STRING)
                .contains("does not match", "status");
        byte[] solution = "{\"id\":5}".getBytes(StandardCharsets.UTF_8);
        assertThat(declared.check(getSolution, 200, MediaType.APPLICATION_JSON, solution))
                .isNotEmpty()
                .allSatisfy(finding -> assertThat(finding).contains("does not match"));
        assertThat(declared.check(getSolution, 304, null, problem))
                .singleElement(STRING)
                .contains("declares none");
    }

    @Test
    void everyAnswerIsAsDeclared() {
        ConformanceCalls calls = calls();
        List<String> findings = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int successes = 0;
        // Twice: the first round makes what the second finds (a diagnosis, a revision, checkpoints), so
        // more valid requests are answered 2xx and their bodies checked.
        for (DocumentedOperation operation :
                Stream.concat(operations.stream(), operations.stream()).toList()) {
            for (ConformanceCall call : calls.of(operation)) {
                EntityExchangeResult<byte[]> answer = call.send();
                int status = answer.getStatus().value();
                statuses.merge(status, 1, Integer::sum);
                successes += call.label().startsWith("valid") && status < 300 ? 1 : 0;
                byte[] body = answer.getResponseBody() == null ? new byte[0] : answer.getResponseBody();
                declared.check(operation, status, answer.getResponseHeaders().getContentType(), body)
                        .forEach(finding -> findings.add(call + " → " + finding));
                if (status == 202 && answer.getResponseHeaders().getLocation() != null) {
                    awaitDone(call.client(), answer.getResponseHeaders().getLocation());
                }
            }
        }
        System.out.printf(
                "Conformance: %d operations, %d requests (%d valid ones answered 2xx), statuses %s, %d findings%n",
                operations.size(),
                statuses.values().stream().mapToInt(Integer::intValue).sum(),
                successes,
                statuses,
                findings.size());
        findings.forEach(System.out::println);
        assertThat(findings).isEmpty();
    }

    /** Callers for each role and the records the valid requests name: a pool, an enterprise, a list. */
    private ConformanceCalls calls() {
        WebTestClient bureau = Tokens.bureau(anonymous);
        Map<?, ?> pool = Requests.post(bureau, "/api/v1/admin/imports/catalog", ImportFiles.small("契约"), HttpStatus.OK);
        String provider = (String) ((Map<?, ?>) pool.get("providers")).get("P1");
        Map<?, ?> solutions = (Map<?, ?>) pool.get("solutions");
        String listed = (String) solutions.get("S1");
        String other = (String) solutions.get("S2");
        String enterprise = (String) Requests.post(
                        bureau,
                        "/api/v1/enterprises",
                        ImportFiles.enterprise("契约测试机械厂", "LIFTING_EQUIPMENT"),
                        HttpStatus.CREATED)
                .get("id");
        String list = (String) Requests.post(
                        bureau,
                        "/api/v1/recommended-lists",
                        Map.of("title", "契约测试清单", "period", "2026"),
                        HttpStatus.CREATED)
                .get("id");
        Requests.post(
                bureau,
                "/api/v1/recommended-lists/" + list + "/entries",
                Map.of("solutionId", listed, "rank", 1, "rationale", "契约测试"),
                HttpStatus.CREATED);

        Map<String, WebTestClient> callers = new LinkedHashMap<>();
        callers.put("anonymous", anonymous);
        callers.put("BUREAU", bureau);
        callers.put("PROVIDER", Tokens.as(anonymous, "PROVIDER", UUID.fromString(provider)));
        callers.put("ENTERPRISE", Tokens.as(anonymous, "ENTERPRISE", UUID.fromString(enterprise)));
        UUID expert = PilotSteps.expert(bureau, "契约测试专家", null);
        callers.put("EXPERT", Tokens.as(anonymous, "EXPERT", expert));
        Map<String, String> ids = Map.of(
                "/api/v1/solutions/{id}",
                listed,
                "/api/v1/providers/{id}",
                provider,
                "/api/v1/enterprises/{id}",
                enterprise,
                "/api/v1/experts/{id}",
                expert.toString(),
                "/api/v1/funds/{code}",
                "EVENTS",
                "/api/v1/recommended-lists/{id}",
                list,
                "/api/v1/recommended-lists/" + list + "/entries/{solutionId}",
                listed);
        return new ConformanceCalls(
                callers,
                path -> ids.getOrDefault(path, UUID.randomUUID().toString()),
                (path, field, example) -> switch (field) {
                    case "providerId" -> provider;
                    case "solutionId" -> other;
                    case "version" -> currentVersion(bureau, path);
                    default -> example;
                },
                example -> example.replace(EXAMPLE_ID, listed).replace(OTHER_EXAMPLE_ID, other));
    }

    /** The version of the record at {@code path} ("/api/v1/solutions/{id}/transitions") as it is now. */
    private static Object currentVersion(WebTestClient bureau, String path) {
        String record = String.join("/", Arrays.copyOf(path.split("/"), 5));
        return Requests.get(bureau, record, HttpStatus.OK).get("version");
    }

    /** A started job (a search rebuild) runs to its end, so later calls find none running. */
    private static void awaitDone(WebTestClient client, URI location) {
        await().atMost(Duration.ofSeconds(90))
                .until(() -> !"RUNNING"
                        .equals(Requests.get(client, location.toString(), HttpStatus.OK)
                                .get("status")));
    }
}
