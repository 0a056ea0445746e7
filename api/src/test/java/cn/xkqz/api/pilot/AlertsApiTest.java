package cn.xkqz.api.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import cn.xkqz.api.catalog.ImportFiles;
import cn.xkqz.indexer.index.NeedIndex;
import cn.xkqz.localstack.LocalStack;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Alerts for saved needs on real PostgreSQL and Elasticsearch: a listing tells exactly the enterprises
 * whose latest diagnosis it fits, explained as a match; a listing while Elasticsearch is down is not
 * lost; anonymous demand for providers.
 */
@ApiTest
class AlertsApiTest {

    @Autowired
    WebTestClient anonymous;

    @Autowired
    ElasticsearchAsyncClient es;

    @Autowired
    NeedIndex needs;

    WebTestClient bureau;
    UUID provider;

    @BeforeEach
    void pool() {
        Requests.awaitReadiness(anonymous);
        bureau = Tokens.bureau(anonymous);
        provider = PilotSteps.provider(
                        bureau, "提醒" + UUID.randomUUID().toString().substring(0, 4))
                .get("P1");
    }

    @Test
    void aListingAlertsExactlyTheNeedsItFits() {
        String pain = "反应釜温度压力全靠人盯，超温了也没人及时发现";
        UUID fits = diagnosed("NEW_CHEMICALS", pain, "SAFETY");
        UUID otherPain = diagnosed("NEW_CHEMICALS", "员工考勤靠纸质签到，月底算工资要三天", "HR");
        UUID otherIndustry = diagnosed("LIFTING_EQUIPMENT", pain, "SAFETY");
        awaitNeeds(fits, otherPain, otherIndustry);

        String solution = listed("反应釜温度压力在线监控与联锁报警", List.of("反应釜", "超温", "联锁"), List.of("SAFETY"));

        await().atMost(Duration.ofSeconds(60))
                .until(() -> solutionsAlerted(fits).contains(solution));
        assertThat(solutionsAlerted(otherPain)).doesNotContain(solution);
        assertThat(solutionsAlerted(otherIndustry)).doesNotContain(solution);
        WebTestClient asEnterprise = Tokens.as(anonymous, "ENTERPRISE", fits);
        Map<?, ?> alert = alertsOf(asEnterprise, fits).stream()
                .filter(a -> solution.equals(a.get("solutionId")))
                .findFirst()
                .orElseThrow();
        Map<?, ?> explanation = (Map<?, ?>) alert.get("explanation");
        assertThat(String.valueOf(explanation.get("painPoints"))).contains("反应釜");
        assertThat(String.valueOf(explanation.get("scenes"))).contains("SAFETY");

        String dismiss = "/api/v1/enterprises/" + fits + "/alerts/" + alert.get("id") + "/dismiss";
        asEnterprise.post().uri(dismiss).exchange().expectStatus().isNoContent();
        assertThat(solutionsAlerted(fits)).doesNotContain(solution);
        asEnterprise.post().uri(dismiss).exchange().expectStatus().isNotFound();
        Tokens.as(anonymous, "ENTERPRISE", otherPain)
                .get()
                .uri("/api/v1/enterprises/" + fits + "/alerts")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void aListingWhileElasticsearchIsDownAlertsOnceItIsBack() {
        UUID enterprise = diagnosed("NEW_CHEMICALS", "离心机振动大，轴承坏了才知道，停机一次损失好几万", "EQUIPMENT");
        awaitNeeds(enterprise);
        String solution = submitted("离心机振动在线监测与轴承寿命预警", List.of("离心机", "振动", "轴承"), List.of("EQUIPMENT"));
        LocalStack.stopElasticsearch();
        try {
            approve(solution);
            assertThat(solutionsAlerted(enterprise)).isEmpty();
        } finally {
            LocalStack.restartElasticsearch();
        }
        await().atMost(Duration.ofSeconds(120))
                .until(() -> solutionsAlerted(enterprise).contains(solution));
    }

    @Test
    void providersSeeDemandWithoutAnyEnterprise() {
        UUID one = diagnosed("AUTO_PARTS", "压铸件气孔多，废品率高", "QUALITY");
        UUID two = diagnosed("AUTO_PARTS", "压铸件尺寸超差，返工多", "QUALITY");
        awaitNeeds(one, two);
        WebTestClient asProvider = Tokens.as(anonymous, "PROVIDER", provider);
        String body = asProvider
                .get()
                .uri("/api/v1/demand?industry=AUTO_PARTS&scene=QUALITY")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(body).contains("铸件").doesNotContain(one.toString(), two.toString());
        Map<?, ?> demand = Requests.get(asProvider, "/api/v1/demand?industry=AUTO_PARTS", HttpStatus.OK);
        ((List<?>) demand.get("commonTerms"))
                .forEach(term -> assertThat(((Number) ((Map<?, ?>) term).get("needs")).longValue())
                        .isGreaterThanOrEqualTo(2));
        Requests.get(asProvider, "/api/v1/demand?industry=MINING", HttpStatus.BAD_REQUEST);
        Requests.get(Tokens.as(anonymous, "ENTERPRISE", one), "/api/v1/demand", HttpStatus.FORBIDDEN);
    }

    private UUID diagnosed(String industry, String pain, String scene) {
        UUID enterprise = PilotSteps.uuid(Requests.post(
                        bureau, "/api/v1/enterprises", ImportFiles.enterprise("提醒企业", industry), HttpStatus.CREATED)
                .get("id"));
        Requests.put(
                bureau,
                "/api/v1/enterprises/" + enterprise + "/diagnosis",
                Map.of(
                        "level", 1,
                        "painPoints", List.of(Map.of("text", pain, "scene", scene, "severity", 3)),
                        "demandScenes", List.of(scene)),
                HttpStatus.OK);
        return enterprise;
    }

    /** Waits until the enterprises' needs are in the need index. */
    private void awaitNeeds(UUID... enterprises) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (UUID enterprise : enterprises) {
                assertThat(es.exists(e -> e.index(needs.name()).id(enterprise.toString()))
                                .get()
                                .value())
                        .as("need of %s indexed", enterprise)
                        .isTrue();
            }
        });
        needs.refresh().block(Duration.ofSeconds(30));
    }

    private String submitted(String name, List<String> keywords, List<String> scenes) {
        Map<String, Object> solution = ImportFiles.solution("x", name);
        solution.put("providerId", provider);
        solution.put("summary", name + "，超限自动报警，手机推送。");
        solution.put("description", name + "：传感器采集，平台分析，超限报警并留存记录。");
        solution.put("keywords", keywords);
        solution.put("scenes", scenes);
        String id = String.valueOf(Requests.post(bureau, "/api/v1/solutions", solution, HttpStatus.CREATED)
                .get("id"));
        Requests.post(
                Tokens.as(anonymous, "PROVIDER", provider),
                "/api/v1/solutions/" + id + "/transitions",
                Map.of("action", "SUBMIT", "comment", "提交审核"),
                HttpStatus.OK);
        return id;
    }

    private String listed(String name, List<String> keywords, List<String> scenes) {
        String id = submitted(name, keywords, scenes);
        approve(id);
        return id;
    }

    private void approve(String solution) {
        Object version = Requests.get(bureau, "/api/v1/solutions/" + solution, HttpStatus.OK)
                .get("version");
        Requests.post(
                bureau,
                "/api/v1/solutions/" + solution + "/transitions",
                Map.of("action", "APPROVE", "comment", "审核通过", "version", version),
                HttpStatus.OK);
    }

    private List<Object> solutionsAlerted(UUID enterprise) {
        return alertsOf(bureau, enterprise).stream()
                .<Object>map(a -> a.get("solutionId"))
                .toList();
    }

    private static List<Map<?, ?>> alertsOf(WebTestClient client, UUID enterprise) {
        return ((List<?>) Requests.get(client, "/api/v1/enterprises/" + enterprise + "/alerts?size=100", HttpStatus.OK)
                        .get("items"))
                .stream().<Map<?, ?>>map(item -> (Map<?, ?>) item).toList();
    }
}
