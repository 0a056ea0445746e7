package cn.xkqz.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xkqz.api.problem.ProblemWriter;
import cn.xkqz.api.problem.Problems;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class RequestBodyFilterTest {

    private final ProblemWriter problems = new ProblemWriter(ServerCodecConfigurer.create());
    private final RequestBodyFilter filter = new RequestBodyFilter(
            new RequestLimits(DataSize.ofKilobytes(1), DataSize.ofMegabytes(1), true, 60, 2), problems);

    /** Answers 200 after reading the whole body. */
    private final WebFilterChain reading =
            exchange -> DataBufferUtils.join(exchange.getRequest().getBody())
                    .doOnNext(DataBufferUtils::release)
                    .then(Mono.defer(() -> {
                        exchange.getResponse().setStatusCode(HttpStatus.OK);
                        return exchange.getResponse().setComplete();
                    }));

    /** Refuses without looking at the body, as authentication or a 415 does. */
    private final WebFilterChain refusing = exchange -> problems.write(exchange, Problems.unauthorized());

    @Test
    void aBodyFarOverTheLimitIsRefusedBeforeItIsReadAndItsConnectionClosed() {
        long far = 1024 + LimitedBodyRequest.DRAIN_ALLOWANCE + 1;
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/matches")
                .header(HttpHeaders.CONTENT_LENGTH, String.valueOf(far))
                .build());

        filter.filter(exchange, reading).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.CONNECTION))
                .isEqualTo("close");
    }

    @Test
    void aBodyALittleOverTheLimitIsRefusedThenDroppedSoThe413ReachesTheClientAndTheConnectionStays() {
        AtomicBoolean read = new AtomicBoolean();
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/matches")
                .header(HttpHeaders.CONTENT_LENGTH, "2000")
                .body(chunks(5, 400).doOnComplete(() -> read.set(true))));

        filter.filter(exchange, reading).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(read).as("body dropped to its end before the answer").isTrue();
        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.CONNECTION))
                .isNull();
    }

    @Test
    void aChunkedBodyIsCountedAsItStreams() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/matches")
                .header(HttpHeaders.TRANSFER_ENCODING, "chunked")
                .body(chunks(5, 400)));

        assertThatThrownBy(() -> filter.filter(exchange, reading).block()).isInstanceOf(DataBufferLimitException.class);
        assertThat(Problems.of(new DataBufferLimitException("x")).getStatus()).isEqualTo(413);
    }

    @Test
    void importsMayBeLargerHoweverTheirPathIsSpelled() {
        for (String path : new String[] {"/api/v1/admin/imports/catalog", "/api/v1/admin/%69mports/catalog"}) {
            MockServerWebExchange exchange =
                    MockServerWebExchange.from(MockServerHttpRequest.method(HttpMethod.POST, URI.create(path))
                            .header(HttpHeaders.TRANSFER_ENCODING, "chunked")
                            .body(chunks(5, 400)));

            filter.filter(exchange, reading).block();

            assertThat(exchange.getResponse().getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void anAnswerWrittenWithoutReadingTheBodyReadsItFirstAndKeepsTheConnection() {
        AtomicBoolean read = new AtomicBoolean();
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/providers")
                .header(HttpHeaders.CONTENT_LENGTH, "800")
                .body(chunks(2, 400).doOnComplete(() -> read.set(true))));

        filter.filter(exchange, refusing).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(read).as("body read to its end before the answer").isTrue();
        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.CONNECTION))
                .isNull();
    }

    @Test
    void anUnreadBodyFarOverTheLimitClosesTheConnectionInstead() {
        int chunks = (int) ((1024 + LimitedBodyRequest.DRAIN_ALLOWANCE) / 4096) + 2;
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/providers")
                .header(HttpHeaders.TRANSFER_ENCODING, "chunked")
                .body(chunks(chunks, 4096)));

        filter.filter(exchange, refusing).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.CONNECTION))
                .isEqualTo("close");
    }

    @Test
    void aBodyAbandonedHalfwayClosesTheConnection() {
        WebFilterChain firstChunkOnly = exchange -> exchange.getRequest()
                .getBody()
                .next()
                .doOnNext(DataBufferUtils::release)
                .then(Mono.defer(() -> problems.write(exchange, Problems.of(new IllegalStateException()))));
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/matches")
                .header(HttpHeaders.CONTENT_LENGTH, "800")
                .body(chunks(2, 400)));

        filter.filter(exchange, firstChunkOnly).block();

        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.CONNECTION))
                .isEqualTo("close");
    }

    @Test
    void aRequestWithoutABodyIsLeftAlone() {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.get("/api/v1/solutions").build());

        filter.filter(exchange, refusing).block();

        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.CONNECTION))
                .isNull();
    }

    private static Flux<DataBuffer> chunks(int count, int size) {
        byte[] chunk = " ".repeat(size).getBytes(StandardCharsets.US_ASCII);
        return Flux.range(0, count).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(chunk.clone()));
    }
}
