package cn.xkqz.api.problem;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Writes a problem as {@code application/problem+json}, with Retry-After on 429 and 503. */
@Component
public class ProblemWriter {

    /** A dependency outage or a rate limit usually passes within seconds; clients may retry then. */
    static final String RETRY_AFTER_SECONDS = "10";

    private final ServerResponse.Context context;

    public ProblemWriter(ServerCodecConfigurer codecs) {
        this.context = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return codecs.getWriters();
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        return write(exchange, problem, RETRY_AFTER_SECONDS);
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem, String retryAfterSeconds) {
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        return ServerResponse.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .headers(headers -> {
                    if (problem.getStatus() == 503 || problem.getStatus() == 429) {
                        headers.set(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
                    }
                })
                .bodyValue(problem)
                .flatMap(response -> response.writeTo(exchange, context));
    }
}
