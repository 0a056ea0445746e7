package cn.xkqz.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.problem.ProblemWriter;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
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
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/matches")
                .header(HttpHeaders.CONTENT_LENGTH, "5000")
                .build());

        filter.filter(exchange, passThrough).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
    }

    @Test
    void importsMayBeLarger() {
        MockServerWebExchange exchange =
                MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/admin/imports/catalog")
                        .header(HttpHeaders.CONTENT_LENGTH, "5000")
                        .build());

        filter.filter(exchange, passThrough).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.OK);
    }

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
