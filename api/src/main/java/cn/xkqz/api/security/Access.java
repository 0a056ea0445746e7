package cn.xkqz.api.security;

import cn.xkqz.catalog.audit.Actor;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.lifecycle.LifecycleAction;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The ownership half of the authorization matrix (the route half is {@link SecurityConfiguration}):
 * what a role may do depends on the record's owner. Used by controllers before they act.
 */
@Component
public class Access {

    /** Completes when the current actor satisfies {@code rule}; fails with 403 saying {@code denied}. */
    public Mono<Actor> require(Predicate<Actor> rule, String denied) {
        return AuditTrail.actor()
                .flatMap(actor -> rule.test(actor) ? Mono.just(actor) : Mono.error(new AccessDeniedException(denied)));
    }

    /** Bureau staff, or the provider itself. */
    public Mono<Actor> providerOrBureau(UUID providerId) {
        return require(a -> Actors.isBureauOr(a, Role.PROVIDER, providerId), "只能操作本服务商的资料和方案");
    }

    /** Bureau staff, or the enterprise itself. */
    public Mono<Actor> enterpriseOrBureau(UUID enterpriseId) {
        return require(a -> Actors.isBureauOr(a, Role.ENTERPRISE, enterpriseId), "只能查看和操作本企业的资料、诊断和匹配结果");
    }

    /** Bureau staff only. */
    public Mono<Actor> bureau(String denied) {
        return require(a -> Actors.is(a, Role.BUREAU), denied);
    }

    /** Bureau staff for bureau actions; also the provider itself for its own (submit, appeal, …). */
    public Mono<Actor> mayTake(LifecycleAction action, UUID providerId) {
        return action.byOwner() ? providerOrBureau(providerId) : bureau("只有主管部门工作人员可以执行 " + action.name());
    }

    public Mono<Actor> actor() {
        return AuditTrail.actor();
    }
}
