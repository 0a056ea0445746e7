package cn.xkqz.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import cn.xkqz.api.catalog.ImportFiles;
import cn.xkqz.localstack.LocalStack;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Search over HTTP: the contract's shape, 400 for bad parameters, 503 while Elasticsearch is down. */
@ApiTest
class SearchApiTest {

    @Autowired
    WebTestClient anonymous;

    WebTestClient http;

    @BeforeEach
    void actAsBureauStaff() {
        http = Tokens.bureau(anonymous);
    }

    @BeforeEach
    void searchIsReady() {
        Requests.awaitReadiness(anonymous);
    }

    @Test
    void findsImportedSolutionsInTheContractsShape() {
        http.post()
                .uri("/api/v1/admin/imports/catalog")
                .bodyValue(pool())
                .exchange()
                .expectStatus()
                .isOk();

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> http.get()
                        .uri("/api/v1/search/solutions?q={q}&industry=LIFTING_EQUIPMENT&size=5", "钢丝绳探伤")
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody()
                        .jsonPath("$.total")
                        .value(total -> assertThat((Integer) total).isPositive())
                        .jsonPath("$.page")
                        .isEqualTo(0)
                        .jsonPath("$.size")
                        .isEqualTo(5)
                        .jsonPath("$.items[0].name")
                        .isEqualTo("钢丝绳在线探伤监测")
                        .jsonPath("$.items[0].providerName")
                        .isEqualTo("搜索接口服务商")
                        .jsonPath("$.items[0].priceYuan.min")
                        .isEqualTo(12000)
                        .jsonPath("$.items[0].score")
                        .isNumber()
                        .jsonPath("$.items[0].highlights.name[0]")
                        .value(h -> assertThat((String) h).contains("<em>"))
                        .jsonPath("$.facets.industry")
                        .isArray()
                        .jsonPath("$.facets.scene")
                        .isArray()
                        .jsonPath("$.facets.deliveryMode")
                        .isArray());
        http.get()
                .uri("/api/v1/search/suggest?prefix={p}", "钢丝绳")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.suggestions")
                .value(s -> assertThat((List<String>) s).contains("钢丝绳在线探伤监测"));
        http.get()
                .uri("/api/v1/search/suggest?prefix={p}", "钢".repeat(101))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("prefix");
    }

    /**
     * In traditional characters the symptom shares no word with the simplified listing (the Chinese
     * analyzer sees other tokens); the model reads the same meaning, so the listing is found all the same.
     */
    @Test
    void aSymptomSharingNoWordFindsTheSolutionByMeaning() {
        Map<String, Object> file = ImportFiles.small("语义");
        Map<String, Object> energy = ImportFiles.solution("S3", "用能监测平台");
        energy.put("summary", "电费越来越贵，厂里机器谁最费电，一目了然。");
        energy.put("keywords", List.of("能耗计量", "节能降耗"));
        energy.put("scenes", List.of("ENERGY"));
        ((List<Object>) file.get("solutions")).add(energy);
        Map<?, ?> imported = Requests.post(http, "/api/v1/admin/imports/catalog", file, HttpStatus.OK);
        String id = (String) ((Map<?, ?>) imported.get("solutions")).get("S3");

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(ids("/api/v1/search/solutions?q=電費越來越貴&size=20"))
                        .contains(id));
    }

    @Test
    void similarSolutionsShareWordingButNeverTheSolutionItself() {
        Map<?, ?> ids = Requests.post(http, "/api/v1/admin/imports/catalog", pool(), HttpStatus.OK);
        Map<?, ?> solutions = (Map<?, ?>) ids.get("solutions");

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> http.get()
                        .uri("/api/v1/solutions/{id}/similar?size=5", solutions.get("S1"))
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody()
                        .jsonPath("$.items[*].id")
                        .value(found -> assertThat((List<String>) found)
                                .contains((String) solutions.get("S2"))
                                .doesNotContain((String) solutions.get("S1"))));
        http.get()
                .uri("/api/v1/solutions/{id}/similar", java.util.UUID.randomUUID())
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void browsingKeepsOneOrderAcrossRequestsAndPages() {
        http.post()
                .uri("/api/v1/admin/imports/catalog")
                .bodyValue(pool())
                .exchange()
                .expectStatus()
                .isOk();
        // Compared once nothing is waiting to be indexed: newly indexed solutions come first while browsing.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<?, ?> status = Requests.get(http, "/api/v1/admin/search/status", HttpStatus.OK);
            assertThat(((Map<?, ?>) status.get("outbox")).get("pending")).isEqualTo(0);
            List<String> first = ids("/api/v1/search/solutions?size=2");
            List<String> again = ids("/api/v1/search/solutions?size=2");
            List<String> page0 = ids("/api/v1/search/solutions?size=1&page=0");
            List<String> page1 = ids("/api/v1/search/solutions?size=1&page=1");

            assertThat(first).hasSize(2);
            assertThat(again).isEqualTo(first);
            assertThat(page0).hasSize(1).doesNotContainAnyElementsOf(page1);
            assertThat(first).containsExactly(page0.getFirst(), page1.getFirst());
        });
    }

    @ParameterizedTest
    @CsvSource({
        "size=101, size",
        "size=0, size",
        "page=100&size=100, page",
        "page=2147483647, page",
        "page=2147483647&size=100, page",
        "industry=STEEL, industry[0]",
        "scene=FLYING, scene[0]",
        "priceMax=-5, priceMax",
        "priceMax=cheap, priceMax",
        "openApi=maybe, openApi",
        "deliveryMode=CLOUD, deliveryMode",
        "deliveryMode=+, deliveryMode",
        "deliveryMode=SAAS&deliveryMode=, deliveryMode"
    })
    void badParametersAre400ProblemsNamingTheField(String parameters, String field) {
        http.get()
                .uri("/api/v1/search/solutions?" + parameters)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo(field);
    }

    @Test
    void userTextIsNeverQuerySyntax() {
        http.get()
                .uri("/api/v1/search/solutions?q={q}", "name:(MES OR \"ERP\") AND ~/.*/ {\"match_all\":{}}")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void searchIs503WhileElasticsearchIsDownAndCatalogueWritesStillWork() {
        LocalStack.stopElasticsearch();
        try {
            http.get()
                    .uri("/api/v1/search/solutions?q=MES")
                    .exchange()
                    .expectStatus()
                    .isEqualTo(503)
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader()
                    .exists("Retry-After")
                    .expectBody()
                    .jsonPath("$.title")
                    .isEqualTo("搜索服务暂不可用");
            http.get()
                    .uri("/api/v1/search/suggest?prefix=MES")
                    .exchange()
                    .expectStatus()
                    .isEqualTo(503);
            http.post()
                    .uri("/api/v1/admin/imports/catalog")
                    .bodyValue(pool())
                    .exchange()
                    .expectStatus()
                    .isOk();
            http.get()
                    .uri("/api/v1/admin/search/status")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.elasticsearchAvailable")
                    .isEqualTo(false);
        } finally {
            LocalStack.restartElasticsearch();
        }
    }

    private List<String> ids(String uri) {
        Map<?, ?> body = Requests.get(http, uri, HttpStatus.OK);
        return ((List<Map<String, String>>) body.get("items"))
                .stream().map(item -> item.get("id")).toList();
    }

    private static Map<String, Object> pool() {
        return Map.of(
                "providers",
                List.of(Map.of(
                        "ref", "P1",
                        "name", "搜索接口服务商",
                        "creditCode", ImportFiles.creditCode(),
                        "county", "长垣市",
                        "industries", List.of("LIFTING_EQUIPMENT"))),
                "solutions",
                List.of(
                        Map.ofEntries(
                                Map.entry("ref", "S1"),
                                Map.entry("providerRef", "P1"),
                                Map.entry("name", "钢丝绳在线探伤监测"),
                                Map.entry("summary", "起重机钢丝绳断丝、磨损在线探伤，超标报警。"),
                                Map.entry("description", "在卷筒附近安装电磁探伤传感器，连续检测钢丝绳断丝和截面积损失，数据上传云端，提示更换周期。"),
                                Map.entry("industries", List.of("LIFTING_EQUIPMENT")),
                                Map.entry("scenes", List.of("EQUIPMENT", "SAFETY")),
                                Map.entry("keywords", List.of("钢丝绳", "探伤")),
                                Map.entry("deliveryMode", "HYBRID"),
                                Map.entry("priceYuan", Map.of("min", 12000, "max", 40000)),
                                Map.entry("deliveryDays", 20),
                                Map.entry("openApi", true)),
                        Map.ofEntries(
                                Map.entry("ref", "S2"),
                                Map.entry("providerRef", "P1"),
                                Map.entry("name", "吊钩与钢丝绳磨损视觉检测"),
                                Map.entry("summary", "摄像头识别钢丝绳断丝和吊钩磨损，超标报警。"),
                                Map.entry("description", "在起重机上安装工业相机，自动识别钢丝绳断丝、磨损和吊钩变形，数据上传云端，提示更换周期。"),
                                Map.entry("industries", List.of("LIFTING_EQUIPMENT")),
                                Map.entry("scenes", List.of("EQUIPMENT")),
                                Map.entry("keywords", List.of("钢丝绳", "视觉检测")),
                                Map.entry("deliveryMode", "SAAS"),
                                Map.entry("priceYuan", Map.of("min", 20000, "max", 60000)),
                                Map.entry("deliveryDays", 30),
                                Map.entry("openApi", false))));
    }
}
