package cn.xkqz.api.openapi;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** One request of the conformance pass: what it tries ({@code label}), as whom, and what it sends. */
record ConformanceCall(
        String label,
        String caller,
        WebTestClient client,
        HttpMethod method,
        String uri,
        Map<String, String> headers,
        @Nullable MediaType contentType,
        @Nullable String body) {

    EntityExchangeResult<byte[]> send() {
        // A fresh connection per call, as in OpenApiAuthorizationTest: pooled ones sometimes hung after
        // early 401/403 answers.
        WebTestClient.RequestBodySpec request = client.method(method).uri(uri).header(HttpHeaders.CONNECTION, "close");
        if (contentType != null) {
            request.contentType(contentType);
        }
        WebTestClient.RequestHeadersSpec<?> ready =
                body == null ? request : request.bodyValue(body.getBytes(StandardCharsets.UTF_8));
        return ready.exchange().expectBody(byte[].class).returnResult();
    }

    @Override
    public String toString() {
        return label + " as " + caller + ": " + method + " " + uri;
    }
}
