package cn.xkqz.api.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;

import cn.xkqz.api.Requests;
import cn.xkqz.api.TestClientLoop;
import cn.xkqz.api.Tokens;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The relevance gate (docs/relevance.md): loads the project's judged catalogue through the import API,
 * runs every topic through {@code POST /api/v1/matches} and every query through {@code GET
 * /api/v1/search/solutions}, and fails when a set's mean NDCG@10 falls more than {@value #TOLERANCE} below
 * {@code baseline.json}. With {@code -Drelevance.update=true} it records the measured means there instead.
 *
 * <p>Isolation: the {@code @ApiTest} tests share one context, database and index, and fill them with
 * hundreds of solutions that would change every ranking. This test is its own Spring context (its own
 * properties, so the context cache never hands it theirs) in the same JVM and on the same local servers,
 * so it costs no second PostgreSQL or Elasticsearch: {@link OwnDatabase} gives it its own database on the
 * PostgreSQL server, and {@code xkqz.search.alias=relevance-gate} gives it its own solution index (and
 * needs index, named after the alias). Each context's outbox worker reads only its own database's outbox
 * and writes only through its own alias, so no other test's write reaches the gate's index and the gate
 * writes nothing the others read. Demo data is off. A separate failsafe JVM would isolate as well but
 * would start a second pair of servers on a two-core build machine, and {@code -Dtest=} would not select it.
 * Properties given with {@code -D} on the Maven command line reach this context (surefire passes them
 * to the test JVM as system properties), which is how an ablation changes the ranking's weights.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"xkqz.search.alias=relevance-gate", "xkqz.demo-data.enabled=false"})
@AutoConfigureWebTestClient(timeout = "60s")
@Import(TestClientLoop.class)
@ContextConfiguration(initializers = OwnDatabase.class)
class RelevanceGateTest {

    static final double TOLERANCE = 0.02;

    private static final Log log = LogFactory.getLog(RelevanceGateTest.class);

    @Autowired
    WebTestClient anonymous;

    @Test
    void rankingHoldsTheRecordedBaseline() {
        RelevanceSet set = RelevanceSet.load();
        Requests.awaitReadiness(anonymous);
        Map<String, String> refOfId = load(set, Tokens.bureau(anonymous));
        Map<String, Ranking> matching = new LinkedHashMap<>();
        set.topics().forEach(topic -> matching.put((String) topic.get("id"), match(topic, refOfId, set)));
        Map<String, Ranking> search = new LinkedHashMap<>();
        set.queries().forEach(query -> search.put((String) query.get("id"), search(query, refOfId, set)));
        Baseline measured = Baseline.measured(mean(matching), mean(search));
        log.info(RelevanceReport.table(set, matching, search, measured));

        if (Boolean.getBoolean("relevance.update")) {
            measured.write();
        }
        Baseline baseline = Baseline.read();
        String hint = " (if a ranking change is meant to cost this, say why and record the new value with"
                + " -Drelevance.update=true; see docs/relevance.md)";
        assertAll(
                () -> assertThat(measured.matching())
                        .as("matching NDCG@10 against the baseline " + baseline.matching() + hint)
                        .isGreaterThanOrEqualTo(baseline.matching() - TOLERANCE),
                () -> assertThat(measured.search())
                        .as("search NDCG@10 against the baseline " + baseline.search() + hint)
                        .isGreaterThanOrEqualTo(baseline.search() - TOLERANCE));
    }

    /** A topic's or query's ranked solution refs and their NDCG@10. */
    record Ranking(List<String> refs, double ndcg) {}

    /** Imports the catalogue, waits until search holds exactly it, and maps solution ids to refs. */
    private Map<String, String> load(RelevanceSet set, WebTestClient bureau) {
        Map<?, ?> ids = Requests.post(bureau, "/api/v1/admin/imports/catalog", set.catalogue(), HttpStatus.OK);
        Map<String, String> refOfId = new HashMap<>();
        ((Map<?, ?>) ids.get("solutions")).forEach((ref, id) -> refOfId.put((String) id, (String) ref));
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> indexed() >= set.solutions());
        assertThat(indexed())
                .as("the gate's index holds its catalogue and nothing else")
                .isEqualTo(set.solutions());
        return refOfId;
    }

    private long indexed() {
        Map<?, ?> page = Requests.get(anonymous, "/api/v1/search/solutions?size=1", HttpStatus.OK);
        return ((Number) page.get("total")).longValue();
    }

    private Ranking match(Map<String, Object> topic, Map<String, String> refOfId, RelevanceSet set) {
        Map<String, Object> body = new HashMap<>(topic);
        body.remove("id");
        body.put("size", Ndcg.DEPTH);
        Map<?, ?> answer = Requests.post(anonymous, "/api/v1/matches", body, HttpStatus.OK);
        return ranking(answer, "solutionId", refOfId, set.judged((String) topic.get("id")));
    }

    private Ranking search(Map<String, Object> query, Map<String, String> refOfId, RelevanceSet set) {
        Optional<Object> industry = Optional.ofNullable(query.get("industry"));
        Map<?, ?> answer = anonymous
                .get()
                .uri(uri -> uri.path("/api/v1/search/solutions")
                        .queryParam("q", query.get("q"))
                        .queryParamIfPresent("industry", industry)
                        .queryParam("size", Ndcg.DEPTH)
                        .build())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return ranking(answer, "id", refOfId, set.judged((String) query.get("id")));
    }

    private static Ranking ranking(
            Map<?, ?> answer, String idField, Map<String, String> refOfId, Map<String, Integer> judged) {
        List<String> refs = ((List<?>) answer.get("items"))
                .stream()
                        .map(item -> refOfId.getOrDefault((String) ((Map<?, ?>) item).get(idField), "?"))
                        .toList();
        return new Ranking(refs, Ndcg.at10(refs, judged));
    }

    private static double mean(Map<String, Ranking> rankings) {
        return Ndcg.mean(rankings.values().stream().map(Ranking::ndcg).toList());
    }
}
