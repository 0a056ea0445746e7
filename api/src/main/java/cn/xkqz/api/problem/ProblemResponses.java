package cn.xkqz.api.problem;

import java.net.URI;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Writes every error that leaves a handler (or never reached one) as {@code application/problem+json}.
 * Unexpected errors are logged here with their stack trace and answered without it.
 */
@Component
@Order(-2)
class ProblemResponses implements ErrorWebExceptionHandler {

    private static final Log log = LogFactory.getLog(ProblemResponses.class);
    /** A dependency outage usually lasts seconds (Elasticsearch restarting); clients may retry then. */
    private static final String RETRY_AFTER_SECONDS = "10";

    private final ServerResponse.Context context;

    ProblemResponses(ServerCodecConfigurer codecs) {
        this.context = new ServerResponse.Context() {
            @Override
            public List<org.springframework.http.codec.HttpMessageWriter<?>> messageWriters() {
                return codecs.getWriters();
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        ProblemDetail problem = Problems.of(error);
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        if (problem.getStatus() >= 500) {
            log.error(
                    "Request " + exchange.getRequest().getId() + " "
                            + exchange.getRequest().getMethod() + " "
                            + exchange.getRequest().getPath() + " failed",
                    error);
            problem.setProperty("requestId", exchange.getRequest().getId());
        }
        return ServerResponse.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .headers(headers -> {
                    if (problem.getStatus() == 503) {
                        headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
                    }
                })
                .bodyValue(problem)
                .flatMap(response -> response.writeTo(exchange, context));
    }
}
