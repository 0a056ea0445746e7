package cn.xkqz.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The catalogue endpoints over HTTP, on the real app with PostgreSQL and Elasticsearch. */
@ApiTest
class CatalogApiTest {

    @Autowired
    WebTestClient anonymous;

    WebTestClient http;

    @BeforeEach
    void actAsBureauStaff() {
        http = Tokens.bureau(anonymous);
    }

    @Test
    void importAnswersTheSameIdsTwice() {
        Map<String, Object> file = ImportFiles.small("接口甲");

        ImportIds first = importFile(file)
                .expectStatus()
                .isOk()
                .expectBody(ImportIds.class)
                .returnResult()
                .getResponseBody();
        ImportIds second = importFile(file)
                .expectStatus()
                .isOk()
                .expectBody(ImportIds.class)
                .returnResult()
                .getResponseBody();

        assertThat(second).isEqualTo(first);
        assertThat(first.solutions()).containsOnlyKeys("S1", "S2");
        http.get()
                .uri("/api/v1/solutions/{id}", first.solutions().get("S2"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("LISTED")
                .jsonPath("$.providerName")
                .isEqualTo("接口甲数字工厂科技")
                .jsonPath("$.priceYuan.max")
                .isEqualTo(30000)
                .jsonPath("$.version")
                .isNumber();
    }

    @Test
    void aBadRecordIsA400NamingItsRefAndNothingIsWritten() {
        Map<String, Object> file = ImportFiles.small("接口乙");
        Map<String, Object> bad = ImportFiles.solution("S3", "接口乙坏方案");
        bad.put("priceYuan", Map.of("min", 50000, "max", 100));
        ((List<Object>) file.get("solutions")).add(bad);

        importFile(file)
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("输入有误")
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("S3"))
                .jsonPath("$.errors[0].field")
                .isEqualTo("solutions[S3].priceYuan");
        http.get()
                .uri("/api/v1/solutions?size=100")
                .exchange()
                .expectBody()
                .jsonPath("$.items[?(@.name == '接口乙危化品仓库温湿度监测')]")
                .doesNotExist();
    }

    @Test
    void aValueOfTheWrongTypeIsReportedUnderItsRecordsRef() {
        Map<String, Object> file = ImportFiles.small("接口丙");
        ((Map<String, Object>) ((List<Object>) file.get("solutions")).get(1)).put("deliveryDays", "很快");

        importFile(file)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("solutions[S2].deliveryDays")
                .jsonPath("$.errors[0].message")
                .isEqualTo("类型不符：应为整数");
    }

    /** The edit of a listed solution waits as a revision; once approved, the old version is stale. */
    @Test
    void aStaleVersionIsA409() {
        ImportIds ids = importFile(ImportFiles.small("接口丁"))
                .expectBody(ImportIds.class)
                .returnResult()
                .getResponseBody();
        String id = ids.solutions().get("S1");
        Map<?, ?> current = http.get()
                .uri("/api/v1/solutions/{id}", id)
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        Map<String, Object> edit = new java.util.HashMap<>((Map<String, Object>) current);
        edit.put("deliveryDays", 20);

        Map<?, ?> revision = http.put()
                .uri("/api/v1/solutions/{id}", id)
                .bodyValue(edit)
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        http.post()
                .uri("/api/v1/solutions/{id}/transitions", id)
                .bodyValue(Map.of("action", "APPROVE_REVISION", "comment", "同意", "revisionId", revision.get("id")))
                .exchange()
                .expectStatus()
                .isOk();
        http.put()
                .uri("/api/v1/solutions/{id}", id)
                .bodyValue(edit)
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:xkqz:problem:conflict");
    }

    @Test
    void createsAndReadsProvidersSolutionsAndEnterprises() {
        Map<?, ?> provider = http.post()
                .uri("/api/v1/providers")
                .bodyValue(Map.of(
                        "name",
                        "接口戊服务商",
                        "creditCode",
                        ImportFiles.creditCode(),
                        "county",
                        "红旗区",
                        "industries",
                        List.of("GENERAL")))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectHeader()
                .exists("Location")
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        assertThat(provider.get("status")).isEqualTo("APPLIED");

        Map<String, Object> solution = ImportFiles.solution("ignored", "接口戊方案");
        solution.put("providerId", provider.get("id"));
        http.post()
                .uri("/api/v1/solutions")
                .bodyValue(solution)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("DRAFT")
                .jsonPath("$.providerName")
                .isEqualTo("接口戊服务商");
        http.get()
                .uri("/api/v1/solutions?providerId={id}", provider.get("id"))
                .exchange()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1)
                .jsonPath("$.items[0].name")
                .isEqualTo("接口戊方案");

        Map<String, Object> dressings = ImportFiles.enterprise("新乡某医用敷料厂", "MEDICAL_DEVICES");
        dressings.put("batch", 2);
        Map<?, ?> enterprise = Requests.post(http, "/api/v1/enterprises", dressings, HttpStatus.CREATED);
        http.get()
                .uri("/api/v1/enterprises/{id}", enterprise.get("id"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.batch")
                .isEqualTo(2);
    }

    @Test
    void fieldErrorsComeAsProblemDetails() {
        http.post()
                .uri("/api/v1/providers")
                .bodyValue(Map.of(
                        "name", "", "creditCode", "91410724MA00000000", "county", "红旗区", "industries", List.of("X")))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(400)
                .jsonPath("$.errors[*].field")
                .value(fields -> assertThat((List<String>) fields)
                        .containsExactlyInAnyOrder("name", "creditCode", "industries[0]"));
    }

    @Test
    void controlCharactersInTextAreFieldErrorsNotFailedWrites() {
        http.post()
                .uri("/api/v1/providers")
                .bodyValue(Map.of(
                        "name",
                        "新乡\u0000科技",
                        "creditCode",
                        "91410724MA00000000",
                        "county",
                        "红旗区",
                        "industries",
                        List.of("LIFTING_EQUIPMENT")))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("name")
                .jsonPath("$.errors[0].message")
                .value(message -> assertThat((String) message).contains("U+0000"));
    }

    @Test
    void unknownThingsAre404ProblemsAndBadIdsAre400() {
        http.get()
                .uri("/api/v1/solutions/{id}", java.util.UUID.randomUUID())
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.get()
                .uri("/api/v1/no-such-thing")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.get()
                .uri("/api/v1/providers/not-a-uuid")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("id");
    }

    @Test
    void taxonomyDocsAndReadinessAnswer() {
        http.get()
                .uri("/api/v1/taxonomy/scenes")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(17);
        http.get()
                .uri("/api/v1/taxonomy/industries")
                .exchange()
                .expectBody()
                .jsonPath("$[0].code")
                .isEqualTo("LIFTING_EQUIPMENT");
        http.get().uri("/v3/api-docs").exchange().expectStatus().isOk();
        http.get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.components.r2dbc.status")
                .isEqualTo("UP")
                .jsonPath("$.components.elasticsearch.status")
                .isEqualTo("UP");
    }

    record ImportIds(Map<String, String> providers, Map<String, String> solutions) {}

    private WebTestClient.ResponseSpec importFile(Map<String, Object> file) {
        return http.post().uri("/api/v1/admin/imports/catalog").bodyValue(file).exchange();
    }
}
