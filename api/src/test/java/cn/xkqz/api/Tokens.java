package cn.xkqz.api;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.ClientRequest;

/** Real tokens from the dev token endpoint, for tests that act as a role. */
public final class Tokens {

    private Tokens() {}

    /** A client that sends a token for {@code role}, bound to {@code orgId} when given. */
    public static WebTestClient as(WebTestClient http, String role, @Nullable UUID orgId) {
        Map<String, String> request = new HashMap<>(Map.of("role", role));
        if (orgId != null) {
            request.put("orgId", orgId.toString());
        }
        Map<?, ?> token = Requests.post(http, "/api/v1/dev/tokens", request, HttpStatus.OK);
        // A filter, not a default header: mutated clients share their default headers with the original.
        String bearer = "Bearer " + token.get("token");
        return http.mutate()
                .filter((outgoing, next) -> next.exchange(ClientRequest.from(outgoing)
                        .headers(headers -> headers.set(HttpHeaders.AUTHORIZATION, bearer))
                        .build()))
                .build();
    }

    public static WebTestClient bureau(WebTestClient http) {
        return as(http, "BUREAU", null);
    }
}
