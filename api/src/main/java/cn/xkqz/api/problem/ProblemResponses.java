package cn.xkqz.api.problem;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.MethodNotAllowedException;
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

    private final ProblemWriter writer;

    ProblemResponses(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        ProblemDetail problem = Problems.of(error);
        if (error instanceof ErrorResponse framework) {
            // Allow on a 405, Accept-Post on a 415: what the client may do instead.
            exchange.getResponse().getHeaders().addAll(framework.getHeaders());
        }
        if (error instanceof MethodNotAllowedException notAllowed) {
            exchange.getResponse()
                    .getHeaders()
                    .set(HttpHeaders.ALLOW, HttpMethods.allowed(notAllowed.getSupportedMethods()));
        }
        if (problem.getStatus() >= 500 && problem.getStatus() != 503) {
            log.error(
                    "Request " + exchange.getRequest().getId() + " "
                            + exchange.getRequest().getMethod() + " "
                            + exchange.getRequest().getPath() + " failed",
                    error);
            problem.setProperty("requestId", exchange.getRequest().getId());
        }
        return writer.write(exchange, problem);
    }
}
