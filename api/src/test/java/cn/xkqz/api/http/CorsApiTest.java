package cn.xkqz.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.security.CorsOrigins;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A browser app on a configured origin (tests: https://app.example.test) calls the API; others may not. */
@ApiTest
class CorsApiTest {

    private static final String APP = "https://app.example.test";

    @Autowired
    WebTestClient anonymous;

    @ParameterizedTest
    @CsvSource({
        "/api/v1/enterprises, POST, 'authorization,content-type'",
        "/api/v1/solutions/00000000-0000-0000-0000-000000000001, PUT, 'authorization,content-type,if-match'",
        "/api/v1/admin/audit, GET, authorization",
        "/api/v1/search/solutions, GET, ''"
    })
    void aPreflightNeedsNoTokenAndAllowsTheHeadersClientsSend(String path, String method, String headers) {
        WebTestClient.ResponseSpec preflight = anonymous
                .options()
                .uri(path)
                .header(HttpHeaders.ORIGIN, APP)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, method)
                .headers(h -> {
                    if (!headers.isEmpty()) {
                        h.set(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, headers);
                    }
                })
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, APP)
                .expectHeader()
                .value(
                        HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS,
                        allowed -> assertThat(allowed).contains(method));
        if (!headers.isEmpty()) {
            preflight
                    .expectHeader()
                    .value(
                            HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
                            allowed -> assertThat(allowed.toLowerCase()).contains(headers.split(",")));
        }
    }

    @Test
    void aPublicGetFromTheAppIsAnsweredWithItsOriginAndTheExposedHeaders() {
        anonymous
                .get()
                .uri("/api/v1/taxonomy/scenes")
                .header(HttpHeaders.ORIGIN, APP)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, APP)
                .expectHeader()
                .value(
                        HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        exposed -> assertThat(exposed).contains("ETag", "Location"));
    }

    @Test
    void aRefusedTokenIsStillReadableByTheApp() {
        anonymous
                .get()
                .uri("/api/v1/admin/audit")
                .header(HttpHeaders.ORIGIN, APP)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, APP);
    }

    @Test
    void anotherOriginIsRefusedEvenForAPreflight() {
        anonymous
                .options()
                .uri("/api/v1/search/solutions")
                .header(HttpHeaders.ORIGIN, "https://evil.example.test")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void noOriginIsAllowedUnlessConfigured() {
        CorsOrigins defaults =
                new Binder(new MapConfigurationPropertySource(Map.of())).bindOrCreate("xkqz.cors", CorsOrigins.class);

        assertThat(defaults.allowedOrigins()).isEmpty();
    }
}
