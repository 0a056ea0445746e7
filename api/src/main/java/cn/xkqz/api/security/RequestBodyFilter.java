package cn.xkqz.api.security;

import cn.xkqz.api.problem.ProblemWriter;
import cn.xkqz.api.problem.Problems;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Holds every request body to its size limit (413) and settles it before the answer goes out (see
 * {@link LimitedBodyRequest}). Runs before authentication, so that a 401 written before the body is
 * read settles the body too.
 */
@Component
@EnableConfigurationProperties(RequestLimits.class)
class RequestBodyFilter implements WebFilter, Ordered {

    /** Before Spring Security's filter chain (order -100). */
    static final int ORDER = -200;

    private static final String IMPORTS = "/api/v1/admin/imports/";

    private final RequestLimits limits;
    private final ProblemWriter problems;

    RequestBodyFilter(RequestLimits limits, ProblemWriter problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long max = RequestPaths.routed(exchange.getRequest()).startsWith(IMPORTS)
                ? limits.maxImportBody().toBytes()
                : limits.maxBody().toBytes();
        LimitedBodyRequest request = new LimitedBodyRequest(exchange.getRequest(), max);
        ServerWebExchange limited = exchange.mutate().request(request).build();
        limited.getResponse().beforeCommit(() -> request.settle(limited.getResponse()));
        if (request.getHeaders().getContentLength() > max) {
            return problems.write(limited, Problems.payloadTooLarge());
        }
        return chain.filter(limited);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
