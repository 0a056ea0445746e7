package cn.xkqz.catalog.solution;

import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.Viewers;
import cn.xkqz.catalog.audit.Actor;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.error.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Solutions as the current reader may see them ({@link Visibility}): what the read endpoints (one
 * solution, lists, versions, compare) answer. The public sees LISTED solutions of ACTIVE providers; a
 * provider its own in any state; bureau staff everything. What the reader may not see is 404, so its
 * existence does not leak.
 */
@Service
public class SolutionViews {

    private final SolutionService solutions;
    private final SolutionSnapshots snapshots;

    SolutionViews(SolutionService solutions, SolutionSnapshots snapshots) {
        this.solutions = solutions;
        this.snapshots = snapshots;
    }

    public Mono<Solution> read(UUID id) {
        return snapshots
                .of(List.of(id))
                .next()
                .zipWith(AuditTrail.actor())
                .filter(found -> visibleTo(found.getT1(), found.getT2()))
                .map(found -> found.getT1().solution())
                .switchIfEmpty(Mono.error(() -> new NotFoundException("方案", id)));
    }

    /** Every approved version, newest first, for whoever may see the solution (else 404). */
    public Flux<ApprovedVersion> versions(UUID id) {
        return read(id).thenMany(Flux.defer(() -> solutions.versions(id)));
    }

    /**
     * A page of solutions: bureau staff, or a provider asking for its own ({@code providerId}), any
     * {@code status}; everyone else what the public sees ({@code status} is then ignored).
     */
    public Mono<Page<Solution>> list(PageQuery page, @Nullable UUID providerId, @Nullable SolutionStatus status) {
        return AuditTrail.actor()
                .flatMap(actor -> seesAll(actor, providerId)
                        ? solutions.list(page, providerId, status)
                        : publicPage(page, providerId));
    }

    private Mono<Page<Solution>> publicPage(PageQuery page, @Nullable UUID providerId) {
        return snapshots
                .publicPage(page, providerId)
                .map(SolutionSnapshot::solution)
                .collectList()
                .zipWith(
                        snapshots.countPublic(providerId),
                        (items, total) -> new Page<>(items, page.page(), page.size(), total));
    }

    private static boolean visibleTo(SolutionSnapshot found, Actor actor) {
        return found.searchable()
                || Visibility.seesAllOf(actor, found.solution().providerId());
    }

    private static boolean seesAll(Actor actor, @Nullable UUID providerId) {
        return Viewers.seesEverything(actor) || (providerId != null && Visibility.seesAllOf(actor, providerId));
    }
}
