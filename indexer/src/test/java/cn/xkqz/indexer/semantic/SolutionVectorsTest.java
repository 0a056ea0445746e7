package cn.xkqz.indexer.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xkqz.catalog.importing.CatalogImportService;
import cn.xkqz.catalog.solution.Solution;
import cn.xkqz.catalog.solution.SolutionService;
import cn.xkqz.indexer.IndexAwait;
import cn.xkqz.indexer.Pool;
import cn.xkqz.indexer.index.SolutionIndex;
import cn.xkqz.indexer.rebuild.RebuildJob;
import cn.xkqz.indexer.rebuild.RebuildService;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** Vectors are embedded once per text, stored, reused by a rebuild, and searchable by meaning. */
@SpringBootTest
class SolutionVectorsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Autowired
    CatalogImportService imports;

    @Autowired
    SolutionService solutions;

    @Autowired
    SolutionVectors vectors;

    @Autowired
    SemanticModel model;

    @Autowired
    RebuildService rebuilds;

    @Autowired
    SolutionIndex index;

    @Autowired
    ElasticsearchAsyncClient es;

    @Autowired
    DatabaseClient db;

    @Autowired
    IndexAwait indexAwait;

    @Test
    void aSolutionIsEmbeddedOnceWhenIndexedAndARebuildReusesTheStoredVector() {
        UUID id = importOne("能耗在线监测与电费分析平台");
        indexAwait.caughtUp();
        Stored first = stored(id);
        assertThat(first.bytes()).as("512 float32").isEqualTo(2048);

        RebuildJob job = rebuilds.start().block(TIMEOUT);
        await().atMost(TIMEOUT)
                .until(() -> rebuilds.job(job.id()).block(TIMEOUT).status() != RebuildJob.Status.RUNNING);
        assertThat(rebuilds.job(job.id()).block(TIMEOUT).status()).isEqualTo(RebuildJob.Status.SUCCEEDED);

        assertThat(stored(id)).as("the rebuild did not embed again").isEqualTo(first);
    }

    @Test
    void aChangedTextIsEmbeddedAgainAndAnUnchangedOneIsNot() {
        UUID id = importOne("危化品仓库智能管理系统");
        indexAwait.caughtUp();
        Solution solution = solutions.get(id).block(TIMEOUT);
        Stored before = stored(id);

        Map<UUID, float[]> reused = vectors.of(List.of(solution)).block(TIMEOUT);
        assertThat(stored(id)).isEqualTo(before);
        assertThat(SemanticModel.cosine(reused.get(id), embedded(solution)))
                .as("the stored vector reads back as it was embedded")
                .isGreaterThan(0.999);

        Solution renamed = Pool.renamed(solution, "危化品仓库与安全巡检系统", 0);
        Map<UUID, float[]> fresh = vectors.of(List.of(renamed)).block(TIMEOUT);
        Stored after = stored(id);
        assertThat(after.hash())
                .isNotEqualTo(before.hash())
                .isEqualTo(SolutionVectors.hash(SolutionVectors.text(renamed)));
        assertThat(SemanticModel.cosine(fresh.get(id), embedded(renamed))).isGreaterThan(0.999);
    }

    private float[] embedded(Solution solution) {
        return model.passages(List.of(SolutionVectors.text(solution)))
                .block(TIMEOUT)
                .getFirst();
    }

    @Test
    void theIndexedVectorFindsTheSolutionByMeaning() {
        UUID id = importOne("注塑机远程运维与故障预警云平台");
        indexAwait.caughtUp();
        float[] query = model.query("机器老是坏，修一次停好几天").block(TIMEOUT);

        List<Hit<Void>> hits = Mono.fromFuture(es.search(
                        s -> s.index(index.alias())
                                .size(50)
                                .source(src -> src.fetch(false))
                                .query(q -> q.knn(k -> k.field("vector")
                                        .queryVector(SemanticModel.asList(query))
                                        .k(50)
                                        .numCandidates(200))),
                        Void.class))
                .block(TIMEOUT)
                .hits()
                .hits();

        assertThat(hits).extracting(Hit::id).contains(id.toString());
        assertThat(hits.stream()
                        .filter(h -> h.id().equals(id.toString()))
                        .findFirst()
                        .orElseThrow()
                        .score())
                .as("Elasticsearch's score (1 + cosine) / 2 for a related text")
                .isGreaterThan(0.7);
    }

    private UUID importOne(String name) {
        return imports.importCatalog(
                        Pool.of(name + "服务商", List.of(Pool.solution(name, List.of("GENERAL"), List.of("ENERGY")))))
                .block(TIMEOUT)
                .solutions()
                .values()
                .iterator()
                .next();
    }

    private Stored stored(UUID id) {
        return db.sql("select text_hash, embedded_at, octet_length(vector) as bytes from solution_embedding"
                        + " where solution_id = :id")
                .bind("id", id)
                .map((row, meta) -> new Stored(
                        Objects.requireNonNull(row.get("text_hash", String.class)),
                        Objects.requireNonNull(row.get("embedded_at", Instant.class)),
                        Objects.requireNonNull(row.get("bytes", Integer.class))))
                .one()
                .block(TIMEOUT);
    }

    private record Stored(String hash, Instant embeddedAt, int bytes) {}
}
