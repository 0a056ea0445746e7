package cn.xkqz.indexer.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.indexer.IndexAwait;
import cn.xkqz.indexer.index.SolutionIndex;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.indices.GetIndicesSettingsResponse;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A deleted document's version must outlive an outbox claim: a worker that held a stale snapshot for a
 * whole lease must still be refused by the external version, not resurrect the document.
 */
@SpringBootTest
class DeletedVersionsTest {

    @Autowired
    ElasticsearchAsyncClient es;

    @Autowired
    SolutionIndex index;

    @Autowired
    IndexAwait await;

    @Test
    void theIndexKeepsDeletesLongerThanALease() throws Exception {
        await.ready();
        GetIndicesSettingsResponse settings = es.indices()
                .getSettings(s -> s.index(index.alias()).name("index.gc_deletes"))
                .get(30, TimeUnit.SECONDS);
        IndexSettings current = settings.settings().values().iterator().next().settings();
        Time gcDeletes = current.gcDeletes() != null
                ? current.gcDeletes()
                : current.index().gcDeletes();

        assertThat(gcDeletes).as("index.gc_deletes is set").isNotNull();
        assertThat(gcDeletes.time()).matches("\\d+m");
        assertThat(Duration.ofMinutes(Long.parseLong(gcDeletes.time().replace("m", ""))))
                .isGreaterThan(OutboxWorker.LEASE);
    }
}
