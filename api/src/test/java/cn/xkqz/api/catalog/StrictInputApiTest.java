package cn.xkqz.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * JSON that used to be stored altered, coerced or failed with 500: unpaired surrogates, fractions and
 * numeric strings for whole numbers. Each is a 400 naming the field, and nothing is stored.
 */
@ApiTest
class StrictInputApiTest {

    private static final String DIAGNOSIS = "/api/v1/enterprises/{enterprise}/diagnosis";
    private static final String PAIN = "[{\"text\":\"库存对不上\",\"severity\":3}]";

    @Autowired
    WebTestClient anonymous;

    @Autowired
    DatabaseClient db;

    static Stream<Arguments> refusedBodies() {
        return Stream.of(
                // Lone surrogates: a 500 in jsonb columns, a silent '?' in text columns.
                Arguments.of(
                        HttpMethod.PUT,
                        DIAGNOSIS,
                        "{\"level\":2,\"painPoints\":[{\"text\":\"库存\\ud800对不上\",\"severity\":3}]}",
                        "painPoints[0].text",
                        "代理码元"),
                Arguments.of(
                        HttpMethod.POST,
                        "/api/v1/providers",
                        "{\"name\":\"新乡\\udfff科技\",\"creditCode\":\"" + ImportFiles.creditCode()
                                + "\",\"county\":\"红旗区\",\"industries\":[\"LIFTING_EQUIPMENT\"]}",
                        "name",
                        "U+DFFF"),
                // Whole numbers: 4.99 used to become 4, "3" 3.
                Arguments.of(
                        HttpMethod.PUT,
                        DIAGNOSIS,
                        "{\"level\":4.99,\"painPoints\":" + PAIN + "}",
                        "level",
                        "类型不符：应为整数"),
                Arguments.of(
                        HttpMethod.PUT, DIAGNOSIS, "{\"level\":\"3\",\"painPoints\":" + PAIN + "}", "level", "应为整数"),
                Arguments.of(
                        HttpMethod.POST,
                        "/api/v1/subsidies/estimate",
                        "{\"spendYuan\":\"1000000\",\"expectedLevel\":3}",
                        "spendYuan",
                        "应为整数"),
                Arguments.of(
                        HttpMethod.POST,
                        "/api/v1/matches",
                        "{\"industry\":\"AUTO_PARTS\",\"painPoints\":[{\"text\":\"停机\",\"severity\":2.5}]}",
                        "painPoints[0].severity",
                        "应为整数"));
    }

    @ParameterizedTest
    @MethodSource("refusedBodies")
    void isA400NamingTheFieldAndStoresNothing(
            HttpMethod method, String uri, String body, String field, String message) {
        WebTestClient bureau = Tokens.bureau(anonymous);
        Object enterprise = Requests.post(
                        bureau,
                        "/api/v1/enterprises",
                        ImportFiles.enterprise("严格输入企业", "AUTO_PARTS"),
                        HttpStatus.CREATED)
                .get("id");
        String before = counts();

        bureau.method(method)
                .uri(uri, enterprise)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo(field)
                .jsonPath("$.errors[0].message")
                .value(m -> assertThat((String) m).contains(message));

        assertThat(counts()).isEqualTo(before);
    }

    private String counts() {
        return db.sql("""
                        select (select count(*) from provider) || ',' || (select count(*) from diagnosis)
                            || ',' || (select count(*) from audit_entry)""").map(row -> row.get(0, String.class)).one().block(Duration.ofSeconds(30));
    }
}
