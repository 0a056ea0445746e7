package cn.xkqz.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import cn.xkqz.api.catalog.ImportFiles;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
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

    /** With a plain client: WebTestClient's own asks for gzip itself and unpacks it out of sight. */
    @Test
    @SuppressWarnings("unchecked")
    void aLargeJsonAnswerIsGzippedWhenTheClientAcceptsIt() throws Exception {
        Map<String, Object> file = ImportFiles.small("压缩");
        List<Object> solutions = (List<Object>) file.get("solutions");
        for (int i = 3; i <= 8; i++) {
            solutions.add(ImportFiles.solution("S" + i, "压缩测试方案" + i));
        }
        Requests.post(Tokens.bureau(anonymous), "/api/v1/admin/imports/catalog", file, HttpStatus.OK);
        URI page = URI.create("http://localhost:" + port + "/api/v1/solutions?size=100");
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> gzipped = http.send(
                    HttpRequest.newBuilder(page)
                            .header(HttpHeaders.ACCEPT_ENCODING, "gzip")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<String> plain =
                    http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(plain.body().getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(2048);
            assertThat(gzipped.headers().firstValue(HttpHeaders.CONTENT_ENCODING))
                    .hasValue("gzip");
            try (InputStream unpacked = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
                assertThat(new String(unpacked.readAllBytes(), StandardCharsets.UTF_8))
                        .contains("\"items\"");
            }
            assertThat(gzipped.body().length).isLessThan(plain.body().getBytes(StandardCharsets.UTF_8).length);
            assertThat(plain.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).isEmpty();
        }
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
