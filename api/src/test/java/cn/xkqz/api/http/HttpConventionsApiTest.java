package cn.xkqz.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Tokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** HEAD, 401 challenges, 405 Allow, 404 for unknown paths, gzip, and Chinese titles on Spring's own errors. */
@ApiTest
class HttpConventionsApiTest {

    @Autowired
    WebTestClient anonymous;

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/taxonomy/scenes", "/api/v1/solutions", "/api/v1/search/solutions?q=温湿度"})
    void headWorksWhereGetDoesAndSendsNoBody(String path) {
        anonymous
                .head()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .isEmpty();
    }

    @Test
    void headNeedsWhatGetNeeds() {
        anonymous.head().uri("/api/v1/enterprises").exchange().expectStatus().isUnauthorized();
        Tokens.bureau(anonymous)
                .head()
                .uri("/api/v1/enterprises")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void a401WithoutATokenChallengesForOne() {
        anonymous
                .get()
                .uri("/api/v1/admin/audit")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }

    @Test
    void a401ForARefusedTokenSaysItIsInvalid() {
        anonymous
                .get()
                .uri("/api/v1/admin/audit")
                .header(HttpHeaders.AUTHORIZATION, "Bearer eyJhbGciOiJub25lIn0.eyJyb2xlIjoiQlVSRUFVIn0.")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void a405NamesTheAllowedMethodsInChinese() {
        Tokens.bureau(anonymous)
                .delete()
                .uri("/api/v1/taxonomy/scenes")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
                .expectHeader()
                .valueEquals(HttpHeaders.ALLOW, "GET, HEAD")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("不支持该请求方法");
    }

    @ParameterizedTest
    @CsvSource({
        "/api/v1/nothing-here, ",
        "/api/v1/admin/nothing-here, ",
        "/api/v1/taxonomy/scenes/extra, ",
        "/no-such-page.html, ",
        "/api/v1/admin/nothing-here, BUREAU"
    })
    void anUnknownPathIs404WhoeverAsks(String path, String role) {
        WebTestClient client = role == null ? anonymous : Tokens.as(anonymous, role, null);
        client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("未找到");
        client.post().uri(path).bodyValue(Map.of()).exchange().expectStatus().isNotFound();
    }

    @ParameterizedTest
    @CsvSource({
        "/api/v1/admin/audit, 401",
        "/api/v1/enterprises/00000000-0000-0000-0000-000000000001/diagnoses, 401",
        "/actuator/metrics, 401",
        "/actuator/health, 200",
        "/v3/api-docs, 200"
    })
    void knownPathsAreAnsweredAsBefore(String path, int status) {
        anonymous.get().uri(path).exchange().expectStatus().isEqualTo(status);
    }

    @Test
    void swaggerUiStillOpens() {
        String page = anonymous
                .get()
                .uri("/swagger-ui.html")
                .exchange()
                .expectStatus()
                .is3xxRedirection()
                .returnResult(String.class)
                .getResponseHeaders()
                .getFirst(HttpHeaders.LOCATION);

        anonymous.get().uri(page).exchange().expectStatus().isOk();
    }

    @Test
    void unsupportedMediaTypesAndAcceptsHaveChineseTitles() {
        anonymous
                .post()
                .uri("/api/v1/matches")
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue("停机")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("不支持的请求体格式");
        anonymous
                .get()
                .uri("/api/v1/taxonomy/scenes")
                .accept(MediaType.APPLICATION_XML)
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.NOT_ACCEPTABLE)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("无法提供所要求的格式");
    }

    @Test
    void aHugeBadValueIsNamedNotEchoed() {
        String huge = "X".repeat(300_000);

        String body = anonymous
                .post()
                .uri("/api/v1/matches")
                .bodyValue(Map.of("industry", huge, "painPoints", List.of(Map.of("text", "设备经常停机"))))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(body)
                .contains("X".repeat(100) + "…")
                .doesNotContain("X".repeat(101))
                .hasSizeLessThan(2_000);
    }
}
