package cn.xkqz.catalog;

import cn.xkqz.catalog.audit.Actor;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.error.ForbiddenException;
import cn.xkqz.catalog.lifecycle.LifecycleAction;
import java.util.UUID;
import java.util.function.Predicate;
import reactor.core.publisher.Mono;

/**
 * The ownership half of the authorization matrix (the route half is the api's security configuration):
 * what an actor may do depends on the record's owner. Services check it with the actor of the Reactor
 * context, after reading the record they act on; the app itself ({@link Actor#SYSTEM}) may do anything.
 */
public final class Permissions {

    private Permissions() {}

    /** Completes with the current actor when it satisfies {@code rule}; fails with 403 saying {@code denied}. */
    public static Mono<Actor> require(Predicate<Actor> rule, String denied) {
        return AuditTrail.actor()
                .flatMap(actor -> rule.test(actor) ? Mono.just(actor) : Mono.error(new ForbiddenException(denied)));
    }

    /** Bureau staff, or the provider itself. */
    public static Mono<Actor> providerOrBureau(UUID providerId) {
        return require(a -> Viewers.ownerOrBureau(a, Viewers.PROVIDER, providerId), "只能操作本服务商的资料和方案");
    }

    /** Bureau staff, or the enterprise itself. */
    public static Mono<Actor> enterpriseOrBureau(UUID enterpriseId) {
        return require(a -> Viewers.ownerOrBureau(a, Viewers.ENTERPRISE, enterpriseId), "只能查看和操作本企业的资料、诊断和匹配结果");
    }

    /** Bureau staff only. */
    public static Mono<Actor> bureau(String denied) {
        return require(Viewers::seesEverything, denied);
    }

    /** Bureau staff for bureau actions; also the provider itself for its own (submit, appeal, …). */
    public static Mono<Actor> mayTake(LifecycleAction action, UUID providerId) {
        return action.byOwner() ? providerOrBureau(providerId) : bureau("只有主管部门工作人员可以执行 " + action.name());
    }
}
