package cn.xkqz.catalog.lifecycle;

import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.Quoted;
import cn.xkqz.catalog.validation.CatalogValidator;
import cn.xkqz.catalog.validation.Violations;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What every lifecycle shares: reading the action a request names (with its comment and date), refusing
 * an action the state does not allow, and logging each step taken, in the transition log and the audit
 * trail, in the caller's transaction.
 */
@Component
public class Lifecycle {

    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    private final TransitionRepository transitions;
    private final CatalogValidator validator;
    private final AuditTrail audit;
    private final Clock clock;

    Lifecycle(TransitionRepository transitions, CatalogValidator validator, AuditTrail audit, Clock clock) {
        this.transitions = transitions;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** The action of {@code type} that {@code request} names, once its comment and date are right. */
    public <A extends Enum<A> & LifecycleAction> Mono<A> action(Class<A> type, TransitionRequest request) {
        return validator.validate(request).then(Mono.fromCallable(() -> checked(type, request)));
    }

    private <A extends Enum<A> & LifecycleAction> A checked(Class<A> type, TransitionRequest request) {
        Violations violations = new Violations();
        Optional<A> named = Arrays.stream(type.getEnumConstants())
                .filter(a -> a.name().equals(request.action()))
                .findFirst();
        if (named.isEmpty()) {
            String known =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining("、"));
            violations.add("action", "未知的操作" + Quoted.value(request.action()) + "，可选：" + known);
            violations.throwIfAny("操作有误");
        }
        A action = named.orElseThrow();
        if (action.needsComment() && request.commentOrEmpty().isEmpty()) {
            violations.add("comment", action.name() + " 须写明意见或理由");
        }
        String date = action.dateMeaning();
        LocalDate requested = request.date();
        if (date.isEmpty() && requested != null) {
            violations.add("date", action.name() + " 不需要日期");
        } else if (!date.isEmpty() && requested == null) {
            violations.add("date", action.name() + " 须填写" + date);
        } else if (!date.isEmpty() && requested != null && requested.isBefore(today())) {
            violations.add("date", date + "不能早于今天");
        }
        if (!action.decidesRevision() && request.revisionId() != null) {
            violations.add("revisionId", action.name() + " 不需要修订编号");
        }
        violations.throwIfAny("操作有误");
        return action;
    }

    /**
     * Completes if the request names what the reviewer read, where {@code action} needs it: checked after
     * the access check, so that a role that may not take the action hears 403, not what it would need.
     */
    public static Mono<Void> requireReviewed(LifecycleAction action, TransitionRequest request) {
        return Mono.fromRunnable(() -> {
            Violations violations = new Violations();
            if (action.needsRevisionId() && request.revisionId() == null) {
                violations.add("revisionId", action.name() + " 须填写审核时看到的修订编号（revisionId），以免批准未经审核的内容");
            }
            violations.throwIfAny("操作有误");
        });
    }

    /** The refusal of {@code action} in {@code current}; {@code allowed} are the actions that are possible. */
    public static ConflictException refused(
            String what, LifecycleAction action, Enum<?> current, List<? extends LifecycleAction> allowed, String why) {
        return ConflictException.illegalTransition(
                what,
                action.name(),
                current.name(),
                allowed.stream().map(LifecycleAction::name).toList(),
                why);
    }

    /** Logs that the current actor took {@code action}, moving the record from {@code from} to {@code to}. */
    public Mono<Transition> record(
            String entityType, UUID id, LifecycleAction action, Enum<?> from, Enum<?> to, TransitionRequest request) {
        return AuditTrail.actor()
                .flatMap(actor -> transitions.save(new Transition(
                        null,
                        entityType,
                        id,
                        action.name(),
                        from.name(),
                        to.name(),
                        request.commentOrEmpty(),
                        request.date(),
                        actor.subject(),
                        actor.role(),
                        clock.instant())))
                .flatMap(step -> audit.append(
                                entityType + "_" + action.name(),
                                entityType,
                                id,
                                Map.of("status", from.name()),
                                Map.of("status", to.name(), "comment", step.comment()))
                        .thenReturn(step));
    }

    /** Every step of the record, newest first. */
    public Flux<Transition> history(String entityType, UUID id) {
        return transitions.findByEntityTypeAndEntityIdOrderByIdDesc(entityType, id);
    }

    /** Today in Xinxiang: notice periods and deadlines are the city's dates. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CITY);
    }
}
