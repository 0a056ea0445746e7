package cn.xkqz.catalog.solution;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Writes an import's solutions over the stored ones, keyed by (provider, name). */
@Component
class SolutionImportWriter {

    private final SolutionStore store;
    private final SolutionMapper mapper;

    SolutionImportWriter(SolutionStore store, SolutionMapper mapper) {
        this.store = store;
        this.mapper = mapper;
    }

    /** See {@link SolutionService#upsertAll}. */
    Flux<UUID> upsertAll(List<SolutionImport> imports, SolutionStatus status) {
        // Only the rows the file names: reading all its providers' would hold the whole pool in memory
        // when a file spans many providers (a 10,000-solution file over 500 providers, 90,000 stored).
        return store.withNames(
                        imports.stream().map(SolutionImport::providerId).toList(),
                        imports.stream().map(i -> i.draft().name()).toList())
                .collectMap(row -> key(row.providerId(), row.name()))
                .flatMapMany(existing -> Flux.fromIterable(imports)
                        .concatMap(item -> upsert(
                                item,
                                status,
                                existing.get(key(item.providerId(), item.draft().name())))));
    }

    /** A solution already known keeps its listing state: the import updates its content only. */
    private Mono<UUID> upsert(SolutionImport item, SolutionStatus status, @Nullable SolutionRow existing) {
        if (existing == null) {
            return store.insert(item.providerId(), item.draft(), status).map(SolutionRow::id);
        }
        if (mapper.toDraft(existing).equals(item.draft())) {
            return Mono.just(existing.id());
        }
        return store.replace(existing, existing.version(), item.draft(), existing.status())
                .map(SolutionRow::id);
    }

    private static String key(UUID providerId, String name) {
        return providerId + "/" + name;
    }
}
