package cn.xkqz.indexer.sync;

import cn.xkqz.catalog.outbox.ChangedRecord;
import cn.xkqz.catalog.outbox.OutboxEvent;
import cn.xkqz.catalog.solution.SolutionSnapshot;
import cn.xkqz.catalog.solution.SolutionSnapshots;
import cn.xkqz.indexer.SearchProperties;
import cn.xkqz.indexer.index.BulkWriter;
import cn.xkqz.indexer.index.IndexChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The index changes a batch of outbox events stands for: the solutions each event touches (a provider
 * event touches all its solutions), loaded and written in chunks of the rebuild's bulk size, so that a
 * provider with thousands of solutions never becomes one huge load or bulk request.
 */
@Component
class SolutionChanges {

    private final SolutionSnapshots snapshots;
    private final BulkWriter writer;
    private final SearchProperties properties;

    SolutionChanges(SolutionSnapshots snapshots, BulkWriter writer, SearchProperties properties) {
        this.snapshots = snapshots;
        this.writer = writer;
        this.properties = properties;
    }

    Mono<Map<Long, Set<UUID>>> touched(List<OutboxEvent> events) {
        return Flux.fromIterable(events)
                .concatMap(event -> solutionsOf(event.record())
                        .collect(LinkedHashSet<UUID>::new, Set::add)
                        .map(ids -> Map.entry(event.id(), (Set<UUID>) ids)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private Flux<UUID> solutionsOf(ChangedRecord record) {
        return switch (record.type()) {
            case SOLUTION -> Flux.just(record.id());
            case PROVIDER -> snapshots.idsOfProviders(List.of(record.id()));
            // Not claimed by the search sync (ChangedRecord.Type.SEARCH); they touch no solution document.
            case NEED, LISTING -> Flux.empty();
        };
    }

    /** Loads and writes the current state of the touched solutions; refusals by solution id. */
    Mono<Map<UUID, BulkWriter.ItemFailure>> send(Map<Long, Set<UUID>> touched, List<String> targets) {
        Set<UUID> ids = new LinkedHashSet<>();
        touched.values().forEach(ids::addAll);
        return Flux.fromIterable(ids)
                .buffer(properties.rebuildBatchSize())
                .concatMap(chunk -> sendChunk(chunk, targets))
                .reduce(new HashMap<UUID, BulkWriter.ItemFailure>(), (all, failures) -> {
                    all.putAll(failures);
                    return all;
                });
    }

    private Mono<Map<UUID, BulkWriter.ItemFailure>> sendChunk(List<UUID> ids, List<String> targets) {
        return snapshots
                .of(ids)
                .collectMap(s -> s.solution().id())
                .map(current -> changes(ids, current))
                .flatMap(changes -> writer.write(changes, targets));
    }

    private static List<IndexChange> changes(List<UUID> ids, Map<UUID, SolutionSnapshot> current) {
        List<IndexChange> changes = new ArrayList<>();
        ids.forEach(id -> changes.add(IndexChange.of(id, current.get(id))));
        return changes;
    }
}
