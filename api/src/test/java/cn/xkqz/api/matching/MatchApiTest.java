package cn.xkqz.api.matching;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import cn.xkqz.api.catalog.ImportFiles;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Matching and diagnoses over HTTP: the contract's shapes and its 400s. */
@ApiTest
class MatchApiTest {

    @Autowired
    WebTestClient anonymous;

    WebTestClient http;

    @BeforeEach
    void actAsBureauStaff() {
        http = Tokens.bureau(anonymous);
    }

    @Test
    void anAdHocMatchAnswersInTheContractsShape() {
        http.post()
                .uri("/api/v1/matches")
                .bodyValue(Map.of(
                        "industry",
                        "AUTO_PARTS",
                        "painPoints",
                        List.of(Map.of("text", "设备经常突然停机，维修全靠老师傅经验", "scene", "EQUIPMENT", "severity", 3)),
                        "demandScenes",
                        List.of("EQUIPMENT", "ENERGY"),
                        "budgetYuan",
                        200000,
                        "size",
                        5))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items")
                .isArray()
                .jsonPath("$.items.length()")
                .value(n -> assertThat((Integer) n).isLessThanOrEqualTo(5));
    }

    @Test
    void diagnosesAreStoredAsVersionsAndDriveTheEnterprisesMatches() {
        Map<String, Object> steering = ImportFiles.enterprise("新乡某转向器厂", "AUTO_PARTS");
        steering.put("specialization", "LITTLE_GIANT");
        Map<?, ?> enterprise = Requests.post(http, "/api/v1/enterprises", steering, HttpStatus.CREATED);
        String id = (String) enterprise.get("id");
        Map<String, Object> diagnosis = Map.of(
                "level",
                2,
                "budgetYuan",
                150000,
                "painPoints",
                List.of(Map.of("text", "装配线上漏装错装时有发生，客户投诉多")),
                "demandScenes",
                List.of("QUALITY"));

        http.put()
                .uri("/api/v1/enterprises/{id}/diagnosis", id)
                .bodyValue(diagnosis)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.version")
                .isEqualTo(1)
                .jsonPath("$.painPoints[0].severity")
                .isEqualTo(2);
        http.put()
                .uri("/api/v1/enterprises/{id}/diagnosis", id)
                .bodyValue(diagnosis)
                .exchange()
                .expectBody()
                .jsonPath("$.version")
                .isEqualTo(2);
        http.get()
                .uri("/api/v1/enterprises/{id}/diagnoses", id)
                .exchange()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(2)
                .jsonPath("$.items[0].version")
                .isEqualTo(2);
        http.get()
                .uri("/api/v1/enterprises/{id}/matches?size=3", id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items")
                .isArray();
    }

    @Test
    void anEnterpriseWithoutDiagnosisHasNoMatchesYet() {
        Map<?, ?> enterprise = http.post()
                .uri("/api/v1/enterprises")
                .bodyValue(Map.of(
                        "name", "新乡某涂料厂",
                        "creditCode", ImportFiles.creditCode(),
                        "industry", "NEW_CHEMICALS",
                        "county", "获嘉县",
                        "scale", "BELOW",
                        "specialization", "NONE",
                        "batch", 3))
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();

        http.get()
                .uri("/api/v1/enterprises/{id}/matches", enterprise.get("id"))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    static List<Object[]> badRequests() {
        Map<String, Object> painPoint = Map.of("text", "库存对不上");
        return List.of(
                new Object[] {Map.of("industry", "MOON", "painPoints", List.of(painPoint)), "industry"},
                new Object[] {
                    Map.of("industry", "AUTO_PARTS", "painPoints", List.of(Map.of("text", "停机", "scene", "X"))),
                    "painPoints[0].scene"
                },
                new Object[] {
                    Map.of("industry", "AUTO_PARTS", "painPoints", List.of(Map.of("text", "停机", "severity", 0))),
                    "painPoints[0].severity"
                },
                new Object[] {
                    Map.of("industry", "AUTO_PARTS", "painPoints", List.of(Map.of("text", ""))), "painPoints[0].text"
                },
                new Object[] {
                    Map.of("industry", "AUTO_PARTS", "painPoints", Collections.nCopies(101, painPoint)), "painPoints"
                },
                new Object[] {
                    Map.of(
                            "industry",
                            "AUTO_PARTS",
                            "painPoints",
                            List.of(painPoint),
                            "demandScenes",
                            List.of("SPACE")),
                    "demandScenes[0]"
                },
                new Object[] {Map.of("industry", "AUTO_PARTS", "painPoints", List.of(painPoint), "size", 101), "size"},
                new Object[] {
                    Map.of("industry", "AUTO_PARTS", "painPoints", List.of(painPoint), "budgetYuan", "lots"),
                    "budgetYuan"
                });
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void badMatchRequestsAre400sNamingTheField(Map<String, Object> body, String field) {
        http.post()
                .uri("/api/v1/matches")
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo(field);
    }
}
