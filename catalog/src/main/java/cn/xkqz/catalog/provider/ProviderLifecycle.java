package cn.xkqz.catalog.provider;

import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.lifecycle.Lifecycle;
import cn.xkqz.catalog.lifecycle.LifecycleView;
import cn.xkqz.catalog.lifecycle.Transition;
import cn.xkqz.catalog.lifecycle.TransitionRequest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * Moves providers through vetting and dynamic management ({@link ProviderAction}). A provider that
 * leaves ACTIVE takes its solutions out of search and matching at once (the status change is one
 * outbox event that re-indexes them all); returning to ACTIVE brings them back.
 */
@Service
public class ProviderLifecycle {

    public static final String ENTITY = "PROVIDER";

    private final ProviderService providers;
    private final Lifecycle lifecycle;

    ProviderLifecycle(ProviderService providers, Lifecycle lifecycle) {
        this.providers = providers;
        this.lifecycle = lifecycle;
    }

    /** The action {@code request} names, as a provider-side or bureau action (for access checks). */
    public Mono<ProviderAction> action(TransitionRequest request) {
        return lifecycle.action(ProviderAction.class, request);
    }

    /** Takes the step {@code request} names, when the current actor may (bureau staff; the provider its own). */
    @Transactional
    public Mono<Provider> transition(UUID id, TransitionRequest request) {
        return action(request)
                .flatMap(action -> Permissions.mayTake(action, id).then(Mono.defer(() -> apply(id, action, request))));
    }

    @Transactional
    public Mono<Provider> apply(UUID id, ProviderAction action, TransitionRequest request) {
        return Lifecycle.requireReviewed(action, request)
                .then(Mono.defer(() -> providers.get(id)))
                .zipWith(history(id))
                .flatMap(state -> move(state.getT1(), state.getT2(), action, request));
    }

    /** Where the provider stands, what can happen next, and every step so far (itself and bureau staff). */
    public Mono<LifecycleView> view(UUID id) {
        return Permissions.providerOrBureau(id)
                .then(Mono.defer(() -> providers.get(id)))
                .zipWith(history(id))
                .map(state -> new LifecycleView(
                        state.getT1().status().name(),
                        allowed(state.getT1().status(), state.getT2()).stream()
                                .map(ProviderAction::name)
                                .toList(),
                        state.getT2().steps()));
    }

    private Mono<History> history(UUID id) {
        return lifecycle.history(ENTITY, id).collectList().zipWith(providers.hasPendingRevision(id), History::new);
    }

    private Mono<Provider> move(Provider current, History history, ProviderAction action, TransitionRequest request) {
        String obstacle = obstacle(current.status(), history, action);
        if (obstacle != null) {
            return Mono.error(
                    Lifecycle.refused("服务商", action, current.status(), allowed(current.status(), history), obstacle));
        }
        Long read = request.version();
        if (read != null && read != current.version()) {
            return Mono.error(ConflictException.staleVersion("服务商", current.id(), read));
        }
        ProviderStatus target = action.target(current.status(), history.appealedFrom());
        return take(current, action, target, request)
                .flatMap(moved -> lifecycle
                        .record(ENTITY, current.id(), action, current.status(), target, request)
                        .thenReturn(moved));
    }

    private Mono<Provider> take(
            Provider current, ProviderAction action, ProviderStatus target, TransitionRequest request) {
        return switch (action) {
            case APPROVE_REVISION -> providers.approveRevision(current, request.revisionId());
            case REJECT_REVISION -> providers.rejectRevision(current, request.revisionId());
            default -> providers.changeStatus(current, target);
        };
    }

    private List<ProviderAction> allowed(ProviderStatus status, History history) {
        return Arrays.stream(ProviderAction.values())
                .filter(action -> obstacle(status, history, action) == null)
                .toList();
    }

    /** Why {@code action} is impossible now ("" when the state simply does not allow it), or null. */
    private @Nullable String obstacle(ProviderStatus status, History history, ProviderAction action) {
        if (!action.startsFrom(status)) {
            return "";
        }
        if (action.decidesRevision() && !history.pendingRevision()) {
            return "没有待审核的修订";
        }
        if (action == ProviderAction.APPEAL && history.appealed()) {
            return "每家服务商只能申诉一次，已申诉过";
        }
        LocalDate noticeEnds = history.noticeEnds();
        if (action == ProviderAction.ACTIVATE
                && noticeEnds != null
                && lifecycle.today().isBefore(noticeEnds)) {
            return "公示期至 " + noticeEnds + " 结束，届时才能入库";
        }
        return null;
    }

    /** What the provider's past steps (and a pending profile revision) decide about the next ones. */
    private record History(List<Transition> steps, boolean pendingRevision) {

        boolean appealed() {
            return lastOf(ProviderAction.APPEAL) != null;
        }

        /** The state the pending appeal is against. */
        ProviderStatus appealedFrom() {
            Transition appeal = lastOf(ProviderAction.APPEAL);
            return appeal == null ? ProviderStatus.REJECTED : ProviderStatus.valueOf(appeal.fromStatus());
        }

        @Nullable
        LocalDate noticeEnds() {
            Transition publicized = lastOf(ProviderAction.PUBLICIZE);
            return publicized == null ? null : publicized.effectiveDate();
        }

        private @Nullable Transition lastOf(ProviderAction action) {
            return steps.stream()
                    .filter(step -> step.action().equals(action.name()))
                    .findFirst()
                    .orElse(null);
        }
    }
}
