package cn.xkqz.pilot.claim;

import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.lifecycle.Lifecycle;
import cn.xkqz.catalog.lifecycle.LifecycleView;
import cn.xkqz.catalog.validation.CatalogValidator;
import cn.xkqz.pilot.fund.Funds;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * Moves claims (bureau staff only), each step one transaction with its log and audit entries. Approving
 * locks the claim's fund and checks its remaining budget and the enterprise's cap inside that
 * transaction ({@link Funds#requireRoom}), so concurrent approvals can never overdraw a fund.
 */
@Service
public class ClaimLifecycle {

    public static final String ENTITY = "SUBSIDY_CLAIM";

    private final Claims claims;
    private final Funds funds;
    private final Lifecycle lifecycle;
    private final CatalogValidator validator;
    private final R2dbcEntityTemplate template;
    private final Clock clock;

    ClaimLifecycle(
            Claims claims,
            Funds funds,
            Lifecycle lifecycle,
            CatalogValidator validator,
            R2dbcEntityTemplate template,
            Clock clock) {
        this.claims = claims;
        this.funds = funds;
        this.lifecycle = lifecycle;
        this.validator = validator;
        this.template = template;
        this.clock = clock;
    }

    @Transactional
    public Mono<SubsidyClaim> transition(UUID id, ClaimStep step) {
        return Permissions.bureau("只有主管部门工作人员可以审核和拨付奖补资金")
                .then(validator.validate(step))
                .then(Mono.defer(() -> lifecycle.action(ClaimAction.class, step.asTransition())))
                .flatMap(action -> claims.lockAndGet(id).flatMap(claim -> move(claim, action, step)));
    }

    /** Where the claim stands, what can happen next, and every step so far (bureau staff). */
    public Mono<LifecycleView> view(UUID id) {
        return Permissions.bureau("只有主管部门工作人员可以查看奖补审核记录")
                .then(Mono.defer(() -> claims.get(id)))
                .zipWith(lifecycle.history(ENTITY, id).collectList())
                .map(state -> new LifecycleView(
                        state.getT1().status().name(),
                        allowed(state.getT1().status()).stream().map(Enum::name).toList(),
                        state.getT2()));
    }

    private Mono<SubsidyClaim> move(SubsidyClaim claim, ClaimAction action, ClaimStep step) {
        if (!action.startsFrom(claim.status())) {
            return Mono.error(Lifecycle.refused("奖补申请", action, claim.status(), allowed(claim.status()), ""));
        }
        Mono<Void> check = action == ClaimAction.APPROVE
                ? funds.requireRoom(
                        claim.fund(),
                        claim.id(),
                        claim.enterpriseId(),
                        claim.year(),
                        claim.amountYuan(),
                        claim.capYuan())
                : Mono.empty();
        return check.then(Mono.defer(() -> template.update(moved(claim, action, step))))
                .flatMap(saved -> lifecycle
                        .record(ENTITY, saved.id(), action, claim.status(), saved.status(), step.asTransition())
                        .thenReturn(saved));
    }

    private SubsidyClaim moved(SubsidyClaim claim, ClaimAction action, ClaimStep step) {
        if (action != ClaimAction.PAY) {
            return claim.moved(action.target(), clock.instant());
        }
        LocalDate on = Objects.requireNonNullElse(step.paidOn(), lifecycle.today());
        if (on.isAfter(lifecycle.today())) {
            throw new InvalidInputException("操作有误", List.of(new FieldError("paidOn", "支付日期不能晚于今天")));
        }
        return claim.paid(Objects.requireNonNull(step.reference()).strip(), on, clock.instant());
    }

    private static List<ClaimAction> allowed(ClaimStatus status) {
        return Arrays.stream(ClaimAction.values())
                .filter(a -> a.startsFrom(status))
                .toList();
    }
}
