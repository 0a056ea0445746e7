package cn.xkqz.api.benchmark;

import cn.xkqz.catalog.solution.DeliveryMode;
import cn.xkqz.indexer.search.SearchQuery;
import cn.xkqz.indexer.search.SolutionSearch;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * (b) Search through the API against two anchors sent straight to Elasticsearch: the same requests a
 * search sends (first round trip, then results), and a plain {@code multi_match} with the same facets
 * and highlights in one round trip. The API is timed twice per query: with Elasticsearch's request cache
 * cleared before the call, as a search nobody made before, and repeated right after.
 */
final class SearchComparison {

    private final ConfigurableApplicationContext app;
    private final BenchmarkClient client;
    private final Report report;

    SearchComparison(ConfigurableApplicationContext app, BenchmarkClient client, Report report) {
        this.app = app;
        this.client = client;
        this.report = report;
    }

    void run(int rounds, int warmup) throws InterruptedException {
        SolutionSearch search = app.getBean(SolutionSearch.class);
        ElasticsearchClient es = app.getBean(ElasticsearchClient.class);
        Runnable clearCache = () -> clearRequestCache(es);
        List<Runnable> api = new ArrayList<>();
        List<Runnable> same = new ArrayList<>();
        List<Runnable> plain = new ArrayList<>();
        for (String query : SyntheticCatalog.queries()) {
            String uri = "/api/v1/search/solutions?" + encode(query) + "&size=20";
            api.add(() -> client.call("GET", uri, null));
            SearchQuery parsed = parse(query);
            MsearchRequest first =
                    parsed.q() == null ? null : search.firstRoundTrip(parsed).block();
            SearchRequest results = search.plan(parsed).block();
            same.add(() -> send(es, first, results));
            SearchRequest anchor = search.plainRequest(parsed);
            plain.add(() -> send(es, null, anchor));
        }
        Latency apiLatency = new Latency();
        Latency coldLatency = new Latency();
        Latency sameLatency = new Latency();
        Latency plainLatency = new Latency();
        Latency apiWarming = new Latency();
        Latency plainWarming = new Latency();
        for (int round = -warmup; round < rounds; round++) {
            for (int q = 0; q < api.size(); q++) {
                if (round < 0) {
                    apiWarming.record(api.get(q));
                    same.get(q).run();
                    plainWarming.record(plain.get(q));
                } else {
                    // Cleared, so the first call is a search nobody made before; the second repeats it, as
                    // the raw requests after it do. (Timed before the clearing, a search met a cache the
                    // previous query's clearing had emptied: it was a first search too.)
                    clearCache.run();
                    coldLatency.record(api.get(q));
                    apiLatency.record(api.get(q));
                    sameLatency.record(same.get(q));
                    plainLatency.record(plain.get(q));
                }
            }
        }
        Duration window = Duration.ofSeconds(15);
        double apiThroughput = Latency.throughput(api, 8, window);
        double sameThroughput = Latency.throughput(same, 8, window);
        double plainThroughput = Latency.throughput(plain, 8, window);
        report.line("\n## (b) Search: API vs Elasticsearch directly\n");
        report.line(
                "%d queries (text with and without filters, and a filtered browse), %d sequential samples per row"
                        + " after %d warm-up rounds;"
                        + " throughput with 8 concurrent callers for 15 s. A text search is two round trips: one"
                        + " `_msearch` (scene feedback and semantic neighbours, request-cached), then the results"
                        + " with facets and highlights.\n",
                api.size(), apiLatency.samples(), warmup);
        report.line("| | p50 ms | p99 ms | requests/s |\n|---|---:|---:|---:|");
        row("API (HTTP, validation, JSON), the search repeated", apiLatency, apiThroughput);
        row("API, request cache cleared before each call", coldLatency, Double.NaN);
        row("raw: the same requests the API sends", sameLatency, sameThroughput);
        row("raw: plain multi_match + facets + highlights, one round trip", plainLatency, plainThroughput);
        report.line(
                "\nAPI p50 = **%.2f×** the plain anchor (target ≤ 2×; %.2f× with the request cache cleared),"
                        + " %.2f× the same requests sent raw; p99 %.2f× the anchor; throughput %.0f%% of the anchor's.",
                apiLatency.percentileMillis(50) / plainLatency.percentileMillis(50),
                coldLatency.percentileMillis(50) / plainLatency.percentileMillis(50),
                apiLatency.percentileMillis(50) / sameLatency.percentileMillis(50),
                apiLatency.percentileMillis(99) / plainLatency.percentileMillis(99),
                100 * apiThroughput / plainThroughput);
        report.line(
                "\nDuring the warm-up (the app's JIT and Elasticsearch's caches still settling): API p50 %.1f ms, the"
                        + " anchor %.1f ms (%.2f×).",
                apiWarming.percentileMillis(50),
                plainWarming.percentileMillis(50),
                apiWarming.percentileMillis(50) / plainWarming.percentileMillis(50));
        report.line("\n%s", requestCache(es));
    }

    /** What Elasticsearch's request cache did over the run: the first round trips it answered. */
    static String requestCache(ElasticsearchClient es) {
        try {
            var cache = es.indices()
                    .stats(s -> s.metric("request_cache"))
                    .all()
                    .total()
                    .requestCache();
            return String.format(
                    java.util.Locale.ROOT,
                    "Request cache so far: %,d hits, %,d misses, %,d evictions, %.1f MiB.",
                    cache.hitCount(),
                    cache.missCount(),
                    cache.evictions(),
                    cache.memorySizeInBytes() / 1048576.0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void row(String label, Latency latency, double throughput) {
        report.line(
                "| %s | %.1f | %.1f | %s |",
                label,
                latency.percentileMillis(50),
                latency.percentileMillis(99),
                Double.isNaN(throughput) ? "—" : String.format("%.0f", throughput));
    }

    static void clearRequestCache(ElasticsearchClient es) {
        try {
            es.indices().clearCache(c -> c.request(true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void send(ElasticsearchClient es, @Nullable MsearchRequest first, SearchRequest results) {
        try {
            if (first != null) {
                es.msearch(first, Object.class);
            }
            es.search(results, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SearchQuery parse(String query) {
        String q = null;
        List<String> industries = new ArrayList<>();
        List<String> scenes = new ArrayList<>();
        List<DeliveryMode> modes = new ArrayList<>();
        Long priceMax = null;
        Boolean openApi = null;
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            String value = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            switch (kv[0]) {
                case "q" -> q = value;
                case "industry" -> industries.add(value);
                case "scene" -> scenes.add(value);
                case "deliveryMode" -> modes.add(DeliveryMode.valueOf(value));
                case "priceMax" -> priceMax = Long.parseLong(value);
                case "openApi" -> openApi = Boolean.parseBoolean(value);
                default -> throw new IllegalArgumentException(kv[0]);
            }
        }
        return new SearchQuery(q, industries, scenes, modes, priceMax, openApi, 0, 20);
    }

    private static String encode(String query) {
        StringBuilder out = new StringBuilder();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            out.append(out.isEmpty() ? "" : "&")
                    .append(kv[0])
                    .append('=')
                    .append(URLEncoder.encode(kv[1], StandardCharsets.UTF_8));
        }
        return out.toString();
    }
}
