package cn.xkqz.api.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON calls to the app under measurement, with a bearer token once one is set. */
final class BenchmarkClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private volatile String token = "";

    BenchmarkClient(String base) {
        this.base = base;
    }

    /** Mints a dev token for {@code role} (and {@code orgId}) and sends it from now on. */
    BenchmarkClient as(String role, @Nullable String orgId) {
        String body = orgId == null
                ? "{\"role\": \"" + role + "\"}"
                : "{\"role\": \"" + role + "\", \"orgId\": \"" + orgId + "\"}";
        BenchmarkClient client = new BenchmarkClient(base);
        client.token = call("POST", "/api/v1/dev/tokens", body).path("token").asString();
        return client;
    }

    JsonNode call(String method, String path, @Nullable Object body) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10));
        String json = body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        request.header("Content-Type", "application/json");
        if (!token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(
                        method + " " + path + " -> " + response.statusCode() + " " + response.body());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
