package cn.xkqz.api.security;

import cn.xkqz.api.problem.ProblemWriter;
import cn.xkqz.api.problem.Problems;
import cn.xkqz.catalog.error.NotFoundException;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.result.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * 404 for a path no endpoint has, whoever asks and with whatever method: before authentication, so an
 * anonymous caller learns that the address is wrong rather than that it needs a token. A known path
 * goes on to the security rules as before (401, 403, 405). The patterns are those of the controllers and
 * the actuator (every {@link RequestMappingInfoHandlerMapping}), plus the static Swagger UI files.
 */
@Component
class UnknownPathFilter implements WebFilter, Ordered {

    /** Served as files (resource handlers), not by a mapping with patterns to ask. */
    private static final List<String> STATIC = List.of("/swagger-ui/**", "/webjars/**");

    private final List<PathPattern> known;
    private final ProblemWriter problems;

    UnknownPathFilter(List<RequestMappingInfoHandlerMapping> mappings, ProblemWriter problems) {
        // The mappings are initialised (their handlers detected) before they are injected here.
        this.known = Stream.concat(
                        mappings.stream()
                                .flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())
                                .flatMap(info -> info.getPatternsCondition().getPatterns().stream()),
                        STATIC.stream().map(PathPatternParser.defaultInstance::parse))
                .distinct()
                .toList();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        for (PathPattern pattern : known) {
            if (pattern.matches(path)) {
                return chain.filter(exchange);
            }
        }
        return problems.write(exchange, Problems.of(new NotFoundException("没有这个地址")));
    }

    /** After {@link RequestBodyFilter}, so a refused request's body is settled; before security. */
    @Override
    public int getOrder() {
        return RequestBodyFilter.ORDER + 2;
    }
}
