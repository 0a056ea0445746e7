package cn.xkqz.api.security;

import cn.xkqz.api.problem.ProblemWriter;
import cn.xkqz.api.problem.Problems;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Rate-limits search, suggest, similar and matching per client (429 with Retry-After). Runs after
 * authentication, so a token's subject is the client; anonymous callers are told apart by address.
 * Routes are recognised on the decoded path routing uses, so {@code /api/v1/%73earch/suggest} counts.
 */
@Component
class RequestLimitsFilter implements WebFilter, Ordered {

    private final RequestLimits limits;
    private final ProblemWriter problems;
    private final RateLimiter rateLimiter;

    RequestLimitsFilter(RequestLimits limits, ProblemWriter problems) {
        this.limits = limits;
        this.problems = problems;
        this.rateLimiter = new RateLimiter(limits.requestsPerMinute(), limits.burst(), Clock.systemUTC());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!limits.rateLimitEnabled() || !rateLimited(request)) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .map(principal -> "user:" + principal.getName())
                .defaultIfEmpty("address:" + address(request))
                .flatMap(client -> {
                    Duration wait = rateLimiter.acquire(client);
                    return wait.isZero() ? chain.filter(exchange) : tooManyRequests(exchange, wait);
                });
    }

    /** The body, if any, is settled by {@link RequestBodyFilter} before this answer goes out. */
    private Mono<Void> tooManyRequests(ServerWebExchange exchange, Duration wait) {
        String retryAfter = String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000));
        return problems.write(exchange, Problems.tooManyRequests(), retryAfter);
    }

    private static boolean rateLimited(ServerHttpRequest request) {
        String path = RequestPaths.routed(request);
        return path.startsWith("/api/v1/search/")
                || (request.getMethod() == HttpMethod.POST && path.equals("/api/v1/matches"))
                || path.endsWith("/matches")
                || path.endsWith("/similar");
    }

    private static String address(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null
                ? "unknown"
                : remote.getAddress().getHostAddress();
    }

    @Override
    public int getOrder() {
        return SecurityWebFiltersOrder.AUTHORIZATION.getOrder() + 2;
    }
}
