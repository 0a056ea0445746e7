package cn.xkqz.api.security;

import cn.xkqz.catalog.audit.Actor;
import org.springframework.core.Ordered;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Puts the acting user into the Reactor context of the request, where the audit trail and the access
 * checks find it. Runs after authentication.
 */
@Component
class ActorWebFilter implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return exchange.getPrincipal()
                .map(Actors::of)
                .defaultIfEmpty(Actor.ANONYMOUS)
                .flatMap(actor -> chain.filter(exchange).contextWrite(ctx -> ctx.put(Actor.class, actor)));
    }

    @Override
    public int getOrder() {
        return SecurityWebFiltersOrder.AUTHORIZATION.getOrder() + 1;
    }
}
