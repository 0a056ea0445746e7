package cn.xkqz.api.security;

import cn.xkqz.api.problem.ProblemWriter;
import cn.xkqz.api.problem.Problems;
import cn.xkqz.api.problem.TextInputModule;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Query parameters follow the rule JSON strings do ({@link TextInputModule}): a control character
 * (e.g. {@code %00}) or an unpaired surrogate in any name or value is a 400 naming the parameter, before
 * any handler sees it.
 */
@Component
class QueryTextFilter implements WebFilter, Ordered {

    private final ProblemWriter problems;

    QueryTextFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        for (Map.Entry<String, List<String>> parameter :
                exchange.getRequest().getQueryParams().entrySet()) {
            String name = parameter.getKey();
            String problem = TextInputModule.problem(name);
            for (int i = 0; problem == null && i < parameter.getValue().size(); i++) {
                String value = parameter.getValue().get(i);
                problem = value == null ? null : TextInputModule.problem(value);
            }
            if (problem != null) {
                FieldError error = new FieldError(name, problem);
                return problems.write(exchange, Problems.of(new InvalidInputException("请求参数有误", List.of(error))));
            }
        }
        return chain.filter(exchange);
    }

    /** After {@link RequestBodyFilter}, so a refused request's body is settled too. */
    @Override
    public int getOrder() {
        return RequestBodyFilter.ORDER + 1;
    }
}
