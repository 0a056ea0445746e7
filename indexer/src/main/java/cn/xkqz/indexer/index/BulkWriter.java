package cn.xkqz.indexer.index;

import cn.xkqz.catalog.solution.Solution;
import cn.xkqz.indexer.Elasticsearch;
import cn.xkqz.indexer.semantic.SolutionVectors;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Sends index changes with {@code _bulk} and checks every item. Each document carries its catalogue
 * version as an external version ({@code external_gte}), so an older state can never overwrite a newer
 * one, whichever arrives last; such a refusal, like deleting what is already gone, counts as done. Each
 * written document carries its solution's semantic vector ({@link SolutionVectors}).
 */
@Component
public class BulkWriter {

    private final ElasticsearchAsyncClient es;
    private final DocumentMapper mapper;
    private final SolutionVectors vectors;

    BulkWriter(ElasticsearchAsyncClient es, DocumentMapper mapper, SolutionVectors vectors) {
        this.es = es;
        this.mapper = mapper;
        this.vectors = vectors;
    }

    /**
     * Applies {@code changes} through each alias of {@code targets}. Writing only through aliases that
     * must exist means a write can never create an index by accident.
     *
     * @return the changes Elasticsearch refused, by solution id
     */
    public Mono<Map<UUID, ItemFailure>> write(List<IndexChange> changes, List<String> targets) {
        if (changes.isEmpty()) {
            return Mono.just(Map.of());
        }
        List<Solution> upserted = changes.stream()
                .filter(IndexChange.Upsert.class::isInstance)
                .map(c -> ((IndexChange.Upsert) c).snapshot().solution())
                .toList();
        return vectors.of(upserted).flatMap(byId -> {
            List<BulkOperation> operations = new ArrayList<>();
            for (String target : targets) {
                for (IndexChange change : changes) {
                    operations.add(operation(change, target, byId));
                }
            }
            return Elasticsearch.call(() -> es.bulk(b -> b.operations(operations)))
                    .map(BulkWriter::failures);
        });
    }

    private BulkOperation operation(IndexChange change, String target, Map<UUID, float[]> vectorsById) {
        return switch (change) {
            case IndexChange.Upsert upsert -> {
                Solution solution = upsert.snapshot().solution();
                SolutionDocument document =
                        mapper.toDocument(solution, Objects.requireNonNull(vectorsById.get(solution.id())));
                yield BulkOperation.of(b -> b.index(i -> i.index(target)
                        .id(document.id())
                        .version(upsert.snapshot().indexVersion())
                        .versionType(VersionType.ExternalGte)
                        .requireAlias(true)
                        .document(document)));
            }
            case IndexChange.Removal removal ->
                BulkOperation.of(b -> b.delete(d -> {
                    d.index(target).id(removal.id().toString());
                    if (removal.version() != null) {
                        d.version(removal.version()).versionType(VersionType.ExternalGte);
                    }
                    return d;
                }));
        };
    }

    private static Map<UUID, ItemFailure> failures(BulkResponse response) {
        Map<UUID, ItemFailure> failures = new HashMap<>();
        if (!response.errors()) {
            return failures;
        }
        for (BulkResponseItem item : response.items()) {
            if (!succeeded(item)) {
                String reason = item.error() == null
                        ? "status " + item.status()
                        : item.error().type() + ": " + item.error().reason();
                failures.merge(
                        UUID.fromString(item.id()),
                        new ItemFailure(reason, item.status() >= 500 || item.status() == 429),
                        ItemFailure::worse);
            }
        }
        return failures;
    }

    private static boolean succeeded(BulkResponseItem item) {
        if (item.error() == null) {
            return item.status() < 300 || item.status() == 404;
        }
        return "version_conflict_engine_exception".equals(item.error().type());
    }

    /** Why Elasticsearch refused a change; an {@code outage} is its own trouble, not the document's. */
    public record ItemFailure(String reason, boolean outage) {
        ItemFailure worse(ItemFailure other) {
            return outage ? other : this;
        }
    }
}
