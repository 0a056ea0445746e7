package cn.xkqz.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.problem.ProblemWriter;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

class RequestLimitsFilterTest {

    private final RequestLimitsFilter filter = new RequestLimitsFilter(
            new RequestLimits(DataSize.ofKilobytes(1), DataSize.ofMegabytes(1), true, 60, 2),
            new ProblemWriter(ServerCodecConfigurer.create()));
    private final WebFilterChain passThrough = exchange -> {
        exchange.getResponse().setStatusCode(HttpStatus.OK);
        return Mono.empty();
    };

    @Test
    void searchBeyondTheBurstIs429WithRetryAfter() {
        for (int i = 0; i < 2; i++) {
            MockServerWebExchange ok = MockServerWebExchange.from(
                    MockServerHttpRequest.get("/api/v1/search/solutions").build());
            filter.filter(ok, passThrough).block();
            assertThat(ok.getResponse().getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        MockServerWebExchange limited = MockServerWebExchange.from(
                MockServerHttpRequest.get("/api/v1/search/solutions").build());

        filter.filter(limited, passThrough).block();

        assertThat(limited.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(limited.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
                .isEqualTo("1");
    }

    /** Routing decodes the path, so the limiter must too: these are search and matching. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/%73earch/suggest",
                "/api/v1/search;x=1/solutions",
                "/api/v1/solutions/6d7c5e0a-4b43-4a4e-9f55-1f5e7c0a9b21/simila%72"
            })
    void encodedPathsAreCountedAsWhatTheyRouteTo(String path) {
        for (int i = 0; i < 2; i++) {
            filter.filter(
                            MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/search/solutions")
                                    .build()),
                            passThrough)
                    .block();
        }
        MockServerWebExchange encoded = MockServerWebExchange.from(
                MockServerHttpRequest.method(HttpMethod.GET, URI.create(path)).build());

        filter.filter(encoded, passThrough).block();

        assertThat(encoded.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void encodedMatchingIsCounted() {
        for (int i = 0; i < 3; i++) {
            MockServerWebExchange exchange = MockServerWebExchange.from(
                    MockServerHttpRequest.method(HttpMethod.POST, URI.create("/api/v1/matche%73"))
                            .build());
            filter.filter(exchange, passThrough).block();
            assertThat(exchange.getResponse().getStatusCode())
                    .isEqualTo(i < 2 ? HttpStatus.OK : HttpStatus.TOO_MANY_REQUESTS);
        }
    }

    @Test
    void theCatalogueIsNotRateLimited() {
        for (int i = 0; i < 5; i++) {
            MockServerWebExchange exchange = MockServerWebExchange.from(
                    MockServerHttpRequest.get("/api/v1/solutions").build());
            filter.filter(exchange, passThrough).block();
            assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.OK);
        }
    }
}
