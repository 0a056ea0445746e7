package cn.xkqz.catalog.solution;

import cn.xkqz.catalog.PageQuery;
import java.time.Clock;
import java.util.Collection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads solutions with their providers' state, in the shapes the indexer needs, one query each. */
@Component
public class SolutionSnapshots {

    private final SnapshotRepository snapshots;
    private final SolutionMapper mapper;
    private final Clock clock;

    SolutionSnapshots(SnapshotRepository snapshots, SolutionMapper mapper, Clock clock) {
        this.snapshots = snapshots;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The current state of these solutions (ids that do not exist are left out). */
    public Flux<SolutionSnapshot> of(Collection<UUID> solutionIds) {
        return snapshots.findByIds(solutionIds.toArray(UUID[]::new)).map(this::snapshot);
    }

    /** Every solution of these providers, searchable or not. */
    public Flux<UUID> idsOfProviders(Collection<UUID> providerIds) {
        return snapshots.findIdsByProviderIds(providerIds.toArray(UUID[]::new));
    }

    /** Up to {@code limit} searchable solutions with ids after {@code after}, in id order (keyset paging). */
    public Flux<SolutionSnapshot> searchable(@Nullable UUID after, int limit) {
        return (after == null ? snapshots.findPublicFirst(limit) : snapshots.findPublicAfter(after, limit))
                .map(this::snapshot);
    }

    /** A page of what the public sees, newest first, all of it or one provider's. */
    Flux<SolutionSnapshot> publicPage(PageQuery page, @Nullable UUID providerId) {
        long offset = (long) page.page() * page.size();
        return (providerId == null
                        ? snapshots.findPublicPage(page.size(), offset)
                        : snapshots.findPublicPageOf(providerId, page.size(), offset))
                .map(this::snapshot);
    }

    Mono<Long> countPublic(@Nullable UUID providerId) {
        return providerId == null ? snapshots.countPublic() : snapshots.countPublicOf(providerId);
    }

    public Mono<Long> countSearchable() {
        return snapshots.countPublic();
    }

    private SolutionSnapshot snapshot(SnapshotRow row) {
        return new SolutionSnapshot(
                mapper.toSolution(row.solution(), row.providerName(), clock.instant()),
                row.providerStatus(),
                row.providerVersion());
    }
}
