package cn.xkqz.api;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The calls many API tests make on their way to what they test. */
public final class Requests {

    private Requests() {}

    /** POSTs {@code body}, expects {@code status} and returns the JSON answer. */
    public static Map<?, ?> post(WebTestClient http, String uri, Object body, HttpStatus status) {
        return http.post()
                .uri(uri)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    /** PUTs {@code body}, expects {@code status} and returns the JSON answer. */
    public static Map<?, ?> put(WebTestClient http, String uri, Object body, HttpStatus status) {
        return http.put()
                .uri(uri)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    /** GETs {@code uri}, expects {@code status} and returns the JSON answer. */
    public static Map<?, ?> get(WebTestClient http, String uri, HttpStatus status) {
        return http.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    /**
     * Waits until the app is ready: PostgreSQL and Elasticsearch answer and the search index exists. Each
     * probe gives up after 5 s and is tried again: while Elasticsearch restarts (a test stopped it) a
     * health check can hang on a connection Elasticsearch has accepted but not answered yet, and one such
     * probe must not fail the wait.
     */
    public static void awaitReadiness(WebTestClient http) {
        WebTestClient probe =
                http.mutate().responseTimeout(Duration.ofSeconds(5)).build();
        await().atMost(Duration.ofSeconds(90))
                .ignoreExceptions()
                .untilAsserted(() -> probe.get()
                        .uri("/actuator/health/readiness")
                        .exchange()
                        .expectStatus()
                        .isOk());
    }
}
