package cn.xkqz.indexer.status;

import cn.xkqz.catalog.outbox.Outbox;
import cn.xkqz.catalog.outbox.OutboxStats;
import cn.xkqz.catalog.solution.SolutionSnapshots;
import cn.xkqz.indexer.SearchUnavailableException;
import cn.xkqz.indexer.index.SolutionIndex;
import cn.xkqz.indexer.rebuild.RebuildJob;
import cn.xkqz.indexer.rebuild.RebuildJobs;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;

/** Compares the index with PostgreSQL and the outbox; answers even while Elasticsearch is down. */
@Service
public class SearchStatusService {

    private final SolutionIndex index;
    private final SolutionSnapshots snapshots;
    private final Outbox outbox;
    private final RebuildJobs rebuilds;

    SearchStatusService(SolutionIndex index, SolutionSnapshots snapshots, Outbox outbox, RebuildJobs rebuilds) {
        this.index = index;
        this.snapshots = snapshots;
        this.outbox = outbox;
        this.rebuilds = rebuilds;
    }

    public Mono<SearchStatus> status() {
        Mono<Optional<Tuple2<Optional<String>, Long>>> elasticsearch = index.current()
                .zipWith(index.count())
                .map(Optional::of)
                .onErrorResume(SearchUnavailableException.class, e -> Mono.just(Optional.empty()))
                .onErrorResume(e -> Mono.just(Optional.empty()));
        Mono<Optional<RebuildJob>> lastRebuild =
                rebuilds.latest().map(Optional::of).defaultIfEmpty(Optional.empty());
        return Mono.zip(elasticsearch, snapshots.countSearchable(), outbox.stats(), lastRebuild)
                .map(t -> status(t.getT1(), t.getT2(), t.getT3(), t.getT4().orElse(null)));
    }

    private SearchStatus status(
            Optional<Tuple2<Optional<String>, Long>> es,
            long searchable,
            OutboxStats stats,
            @Nullable RebuildJob lastRebuild) {
        Long documents = es.map(Tuple2::getT2).orElse(null);
        double oldestAge = stats.oldestAgeSeconds(Instant.now());
        return new SearchStatus(
                index.alias(),
                es.flatMap(Tuple2::getT1).orElse(null),
                es.isPresent(),
                documents,
                searchable,
                documents != null && documents == searchable && stats.pending() == 0,
                new SearchStatus.Outbox(stats.pending(), oldestAge, stats.parked()),
                lastRebuild);
    }
}
