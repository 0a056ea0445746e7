package cn.xkqz.api.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The subsidy estimate and the side-by-side comparison, as the contract shows them. */
@ApiTest
class SubsidyAndCompareApiTest {

    @Autowired
    WebTestClient anonymous;

    @Test
    void theContractsEstimateItemisedWithItsCaveat() {
        Map<?, ?> estimate = Requests.post(
                anonymous,
                "/api/v1/subsidies/estimate",
                Map.of("spendYuan", 1_000_000, "expectedLevel", 3, "loanInterestYuan", 30_000),
                HttpStatus.OK);

        assertThat(estimate.get("subsidyYuan")).isEqualTo(700_000);
        assertThat(estimate.get("loanInterestSubsidyYuan")).isEqualTo(30_000);
        assertThat(estimate.get("netCostYuan")).isEqualTo(300_000);
        assertThat((List<?>) estimate.get("rules")).hasSize(2);
        assertThat((String) estimate.get("note")).contains("上限");
    }

    @Test
    void badEstimatesAre400sNamingTheField() {
        Map<String, Object> noSpend = new HashMap<>(Map.of("expectedLevel", 2));
        assertField(noSpend, "spendYuan");
        assertField(Map.of("spendYuan", 100, "expectedLevel", 5), "expectedLevel");
        assertField(Map.of("spendYuan", -1, "expectedLevel", 2), "spendYuan");
        assertField(Map.of("spendYuan", 100, "expectedLevel", 2, "loanInterestYuan", -5), "loanInterestYuan");
    }

    @Test
    void comparesTwoToFourVisibleSolutionsSideBySide() {
        WebTestClient bureau = Tokens.bureau(anonymous);
        Map<String, UUID> pool = Steps.imported(bureau, "方案比较");
        String ids = pool.get("S1") + "," + pool.get("S2");

        Map<?, ?> comparison =
                Requests.get(anonymous, "/api/v1/solutions/compare?expectedLevel=3&ids=" + ids, HttpStatus.OK);

        List<?> items = (List<?>) comparison.get("items");
        assertThat(items).hasSize(2);
        Map<?, ?> first = (Map<?, ?>) items.getFirst();
        assertThat(first.get("id")).isEqualTo(pool.get("S1").toString());
        assertThat(first.get("providerStatus")).isEqualTo("ACTIVE");
        assertThat(first.get("recommended")).isEqualTo(false);
        assertThat(((Map<?, ?>) first.get("priceYuan")).get("max")).isEqualTo(30_000);
        assertThat(((Map<?, ?>) first.get("subsidyAtMaxPrice")).get("subsidyYuan"))
                .isEqualTo(21_000);
        assertThat(((Map<?, ?>) first.get("subsidyAtMinPrice")).get("netCostYuan"))
                .isEqualTo(2_400);
        assertThat((List<?>) first.get("cases")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"one", "two", "five", "junk", "level"})
    void badComparisonsAre400s(String kind) {
        String a = UUID.randomUUID().toString();
        String query = switch (kind) {
            case "one" -> "ids=" + a;
            case "two" -> "ids=" + a + "," + a;
            case "five" -> "ids=" + String.join(",", List.of(a, uuid(), uuid(), uuid(), uuid()));
            case "junk" -> "ids=" + a + ",drop table";
            default -> "ids=" + a + "," + uuid() + "&expectedLevel=9";
        };
        anonymous
                .get()
                .uri("/api/v1/solutions/compare?" + query)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo(kind.equals("level") ? "expectedLevel" : "ids");
    }

    @Test
    void solutionsThatAreNotListedCannotBeComparedByOutsiders() {
        anonymous
                .get()
                .uri("/api/v1/solutions/compare?ids={a},{b}", uuid(), uuid())
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private void assertField(Map<String, Object> request, String field) {
        Map<?, ?> problem = Requests.post(anonymous, "/api/v1/subsidies/estimate", request, HttpStatus.BAD_REQUEST);
        assertThat(Steps.each(problem.get("errors"), "field")).contains(field);
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }
}
