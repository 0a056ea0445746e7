package cn.xkqz.indexer.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.catalog.importing.CatalogImportService;
import cn.xkqz.catalog.solution.Solution;
import cn.xkqz.catalog.solution.SolutionSnapshot;
import cn.xkqz.catalog.solution.SolutionSnapshots;
import cn.xkqz.indexer.IndexAwait;
import cn.xkqz.indexer.Pool;
import cn.xkqz.indexer.index.BulkWriter;
import cn.xkqz.indexer.index.IndexChange;
import cn.xkqz.indexer.index.SolutionDocument;
import cn.xkqz.indexer.index.SolutionIndex;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import reactor.core.publisher.Mono;

/** Writes that arrive out of order cannot take a document back to an older state. */
@SpringBootTest
class VersionOrderTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    CatalogImportService imports;

    @Autowired
    SolutionSnapshots snapshots;

    @Autowired
    BulkWriter writer;

    @Autowired
    SolutionIndex index;

    @Autowired
    ElasticsearchAsyncClient es;

    @Autowired
    IndexAwait await;

    @Test
    void anOlderStateArrivingLastIsRefusedAndCountsAsDone() {
        UUID id = imports.importCatalog(
                        Pool.of("版本服务商", List.of(Pool.solution("版本甲方案", List.of("GENERAL"), List.of("FINANCE")))))
                .block(TIMEOUT)
                .solutions()
                .get("S1");
        await.caughtUp();
        SolutionSnapshot stored = snapshots.of(List.of(id)).blockFirst(TIMEOUT);
        SolutionSnapshot newer = renamed(stored, "版本乙方案", 5);
        SolutionSnapshot older = renamed(stored, "版本丙方案", 3);

        assertThat(write(new IndexChange.Upsert(newer))).isEmpty();
        assertThat(write(new IndexChange.Upsert(older)))
                .as("refused as stale, which is not a failure")
                .isEmpty();
        assertThat(write(new IndexChange.Removal(id, stored.indexVersion() + 3)))
                .isEmpty();

        GetResponse<SolutionDocument> doc = get(id);
        assertThat(doc.found()).isTrue();
        assertThat(doc.source().name()).isEqualTo("版本乙方案");
        assertThat(doc.version()).isEqualTo(newer.indexVersion());
    }

    private java.util.Map<UUID, BulkWriter.ItemFailure> write(IndexChange change) {
        return writer.write(List.of(change), List.of(index.alias())).block(TIMEOUT);
    }

    private GetResponse<SolutionDocument> get(UUID id) {
        return Mono.fromFuture(es.get(g -> g.index(index.alias()).id(id.toString()), SolutionDocument.class))
                .block(TIMEOUT);
    }

    /** The same solution at {@code versionsAhead} versions after {@code stored}, under a new name. */
    private static SolutionSnapshot renamed(SolutionSnapshot stored, String name, long versionsAhead) {
        Solution changed = Pool.renamed(stored.solution(), name, versionsAhead);
        return new SolutionSnapshot(changed, stored.providerStatus(), stored.providerVersion());
    }
}
