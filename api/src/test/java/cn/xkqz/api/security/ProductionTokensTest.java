package cn.xkqz.api.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Outside the dev profile tokens come from an identity provider and nothing here mints them. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "xkqz.security.dev-tokens=false",
            // Keys are fetched on the first token; no token is sent here, so the address never answers.
            "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/jwks"
        })
@AutoConfigureWebTestClient(timeout = "30s")
class ProductionTokensTest {

    @Autowired
    WebTestClient http;

    @Test
    void theDevTokenEndpointIsNotThere() {
        http.post()
                .uri("/api/v1/dev/tokens")
                .bodyValue("{\"role\":\"BUREAU\"}")
                .header("Content-Type", "application/json")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void protectedEndpointsStillAskForAToken() {
        http.get()
                .uri("/api/v1/admin/audit")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
