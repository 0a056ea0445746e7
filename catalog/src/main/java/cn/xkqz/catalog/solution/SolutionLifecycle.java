package cn.xkqz.catalog.solution;

import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.lifecycle.Lifecycle;
import cn.xkqz.catalog.lifecycle.LifecycleView;
import cn.xkqz.catalog.lifecycle.TransitionRequest;
import cn.xkqz.catalog.outbox.ChangedRecord;
import cn.xkqz.catalog.outbox.Outbox;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * Moves solutions through review and listing ({@link SolutionAction}). Every move is a new version of
 * the row, so the outbox takes it to the search index (a listing appears, a delisting disappears).
 */
@Service
public class SolutionLifecycle {

    public static final String ENTITY = "SOLUTION";

    private final SolutionStore store;
    private final SolutionApprovals approvals;
    private final Lifecycle lifecycle;
    private final Outbox outbox;

    SolutionLifecycle(SolutionStore store, SolutionApprovals approvals, Lifecycle lifecycle, Outbox outbox) {
        this.outbox = outbox;
        this.store = store;
        this.approvals = approvals;
        this.lifecycle = lifecycle;
    }

    /** The action {@code request} names (for access checks before it is applied). */
    public Mono<SolutionAction> action(TransitionRequest request) {
        return lifecycle.action(SolutionAction.class, request);
    }

    /**
     * Takes the step {@code request} names, when the current actor may: the provider submits, delists
     * and confirms its own; bureau staff list or reject. Reads the solution once, to learn its owner.
     */
    @Transactional
    public Mono<Solution> transition(UUID id, TransitionRequest request) {
        return action(request)
                .zipWith(Mono.defer(() -> store.row(id)))
                .flatMap(found -> Permissions.mayTake(
                                found.getT1(), found.getT2().providerId())
                        .then(Lifecycle.requireReviewed(found.getT1(), request))
                        .then(Mono.defer(() -> move(found.getT2(), found.getT1(), request))));
    }

    @Transactional
    public Mono<Solution> apply(UUID id, SolutionAction action, TransitionRequest request) {
        return Lifecycle.requireReviewed(action, request)
                .then(Mono.defer(() -> store.row(id)))
                .flatMap(current -> move(current, action, request));
    }

    /** Where the solution stands, what can happen next, and every step so far (its provider and bureau). */
    public Mono<LifecycleView> view(UUID id) {
        return store.row(id)
                .flatMap(row -> Permissions.providerOrBureau(row.providerId()).thenReturn(row))
                .zipWith(Mono.defer(() -> approvals.hasPendingRevision(id)))
                .zipWith(lifecycle.history(ENTITY, id).collectList())
                .map(state -> new LifecycleView(
                        state.getT1().getT1().status().name(),
                        allowed(state.getT1().getT1().status(), state.getT1().getT2()).stream()
                                .map(SolutionAction::name)
                                .toList(),
                        state.getT2()));
    }

    private Mono<Solution> move(SolutionRow current, SolutionAction action, TransitionRequest request) {
        return approvals.hasPendingRevision(current.id()).flatMap(pending -> {
            if (!possible(action, current.status(), pending)) {
                String why = action.decidesRevision() && action.startsFrom(current.status()) ? "没有待审核的修订" : "";
                return Mono.error(
                        Lifecycle.refused("方案", action, current.status(), allowed(current.status(), pending), why));
            }
            Long read = request.version();
            if (read != null && read != current.version()) {
                return Mono.error(ConflictException.staleVersion("方案", current.id(), read));
            }
            return apply(current, action, request)
                    .flatMap(moved -> lifecycle
                            .record(ENTITY, current.id(), action, current.status(), action.target(), request)
                            .then(listed(action, moved))
                            .thenReturn(moved));
        });
    }

    private Mono<Solution> apply(SolutionRow current, SolutionAction action, TransitionRequest request) {
        return switch (action) {
            case APPROVE_REVISION -> approvals.approveRevision(current, request.revisionId());
            case REJECT_REVISION -> approvals.rejectRevision(current, request.revisionId());
            case APPROVE -> approvals.approve(current);
            case CONFIRM -> approvals.changeStatus(current, action.target(), true);
            default -> approvals.changeStatus(current, action.target(), false);
        };
    }

    /** A listing, or a reviewed change of a listed solution, is news for the saved needs it may fit. */
    private Mono<Void> listed(SolutionAction action, Solution moved) {
        boolean news = action == SolutionAction.APPROVE
                || (action == SolutionAction.APPROVE_REVISION && moved.status() == SolutionStatus.LISTED);
        return news ? outbox.record(ChangedRecord.listing(moved.id())) : Mono.empty();
    }

    private static boolean possible(SolutionAction action, SolutionStatus status, boolean pendingRevision) {
        return action.startsFrom(status) && (!action.decidesRevision() || pendingRevision);
    }

    private static List<SolutionAction> allowed(SolutionStatus status, boolean pendingRevision) {
        return Arrays.stream(SolutionAction.values())
                .filter(action -> possible(action, status, pendingRevision))
                .toList();
    }
}
