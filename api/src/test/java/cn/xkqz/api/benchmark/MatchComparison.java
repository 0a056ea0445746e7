package cn.xkqz.api.benchmark;

import cn.xkqz.catalog.diagnosis.PainPoint;
import cn.xkqz.indexer.index.SolutionIndex;
import cn.xkqz.matching.retrieval.PainPointRetrieval;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * (c) A five-pain-point match through the API against one raw search of its first pain point's text
 * (the target's anchor), and against the match's own {@code _msearch} sent raw (what Elasticsearch alone
 * costs for it).
 */
final class MatchComparison {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConfigurableApplicationContext app;
    private final BenchmarkClient client;
    private final Report report;

    MatchComparison(ConfigurableApplicationContext app, BenchmarkClient client, Report report) {
        this.app = app;
        this.client = client;
        this.report = report;
    }

    void run(int rounds, int warmup) {
        ElasticsearchClient es = app.getBean(ElasticsearchClient.class);
        String alias = app.getBean(SolutionIndex.class).alias();
        List<Map<String, Object>> painPoints = SyntheticCatalog.painPoints();
        List<String> demandScenes = List.of("EQUIPMENT", "QUALITY");
        String body = JSON.writeValueAsString(Map.of(
                "industry",
                "AUTO_PARTS",
                "painPoints",
                painPoints,
                "demandScenes",
                demandScenes,
                "budgetYuan",
                300_000,
                "size",
                10));
        SearchRequest single = SearchRequest.of(s -> s.index(alias).size(50).query(PainPointRetrieval.textQuery((String)
                painPoints.getFirst().get("text"))));
        MsearchRequest msearch = app.getBean(PainPointRetrieval.class)
                .request("AUTO_PARTS", painPoints(painPoints), wantedScenes(painPoints, demandScenes))
                .block();
        Runnable match = () -> client.call("POST", "/api/v1/matches", body);
        Runnable search = () -> send(() -> es.search(single, Object.class));
        Runnable retrieval = () -> send(() -> es.msearch(msearch, Void.class));
        Latency api = new Latency();
        Latency cold = new Latency();
        Latency raw = new Latency();
        Latency own = new Latency();
        for (int round = -warmup; round < rounds * 5; round++) {
            if (round < 0) {
                match.run();
                search.run();
                retrieval.run();
            } else {
                api.record(match);
                SearchComparison.clearRequestCache(es);
                cold.record(match);
                raw.record(search);
                SearchComparison.clearRequestCache(es);
                own.record(retrieval);
            }
        }
        report.line("\n## (c) Matching: a 5-pain-point match vs one raw search of one pain point\n");
        report.line(
                "The match is one `_msearch` of 11 searches (per pain point a text query and a semantic"
                        + " nearest-neighbour query, ids and scores only, plus the scene/industry candidates;"
                        + " request-cached), then catalogue state and words from the caches, ranking and"
                        + " explanations; %d samples per row after %d warm-up rounds. \"Cache cleared\":"
                        + " Elasticsearch's request cache"
                        + " emptied before the call, as for a diagnosis matched for the first time.\n",
                api.samples(), warmup);
        report.line("| | p50 ms | p99 ms |\n|---|---:|---:|");
        row("match via API (5 pain points), repeated", api);
        row("match via API, request cache cleared", cold);
        row("one raw search (1 pain point, 50 hits with documents): the anchor", raw);
        row("the match's own `_msearch` sent raw, request cache cleared", own);
        report.line(
                "\nMatch p50 = **%.2f×** one raw search repeated, **%.2f×** with the cache cleared (target ≤ 3×);"
                        + " p99 %.2f× / %.2f×. Its `_msearch` alone (cache cleared) is %.2f× the anchor; the app adds"
                        + " %.1f ms at p50 to it.",
                api.percentileMillis(50) / raw.percentileMillis(50),
                cold.percentileMillis(50) / raw.percentileMillis(50),
                api.percentileMillis(99) / raw.percentileMillis(99),
                cold.percentileMillis(99) / raw.percentileMillis(99),
                own.percentileMillis(50) / raw.percentileMillis(50),
                cold.percentileMillis(50) - own.percentileMillis(50));
        report.line("\n%s", SearchComparison.requestCache(es));
    }

    private void row(String label, Latency latency) {
        report.line("| %s | %.1f | %.1f |", label, latency.percentileMillis(50), latency.percentileMillis(99));
    }

    private static List<PainPoint> painPoints(List<Map<String, Object>> painPoints) {
        return painPoints.stream()
                .map(p -> new PainPoint((String) p.get("text"), (String) p.get("scene"), (Integer) p.get("severity")))
                .toList();
    }

    /** The request's demand scenes and its pain points' scenes, as the match service wants them. */
    private static Set<String> wantedScenes(List<Map<String, Object>> painPoints, List<String> demandScenes) {
        Set<String> scenes = new LinkedHashSet<>(demandScenes);
        painPoints.stream()
                .map(p -> (String) p.get("scene"))
                .filter(s -> s != null)
                .forEach(scenes::add);
        return scenes;
    }

    private interface Call {
        Object send() throws IOException;
    }

    private static void send(Call call) {
        try {
            call.send();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
