package cn.xkqz.api.benchmark;

import cn.xkqz.api.MarketplaceApplication;
import cn.xkqz.indexer.index.NeedIndex;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Alerts for saved needs at a province's scale: a synthetic pool of {@code alerts.solutions} (5,000),
 * {@code alerts.needs} (10,000) enterprises with diagnoses saved to the need index by the alert worker,
 * then {@code alerts.listings} (10) new solutions listed one after another; for each, the time the worker
 * took to reverse-match it against every saved need and store its alerts (timer
 * {@code xkqz.alerts.listing}). Target: under 1 s. See docs/benchmarks.md.
 */
public final class AlertBenchmark {

    private static final String[][] PAINS = {
        {"冲压线设备经常突然停机，停机前没有预警，维修全靠老师傅经验", "EQUIPMENT"},
        {"减震器装配漏装错装时有发生，主机厂投诉后查不到是哪一批", "QUALITY"},
        {"月底盘点库存总对不上，备件找不到放在哪个库位", "WAREHOUSE_LOGISTICS"},
        {"电费一年比一年高，不知道哪台设备最耗电", "ENERGY"},
        {"订单一多就排不过来，插单全靠计划员拍脑袋", "PLANNING_SCHEDULING"},
        {"危化品仓库温湿度没人盯，夜里出事没人知道", "SAFETY"},
        {"焊缝质量靠目测，返修率高", "QUALITY"},
        {"销售员离职就把客户带走了，客户资料都在个人手机里", "MARKETING"},
        {"车间工人计件工资每月手工算，经常算错吵架", "HR"},
        {"采购价格不透明，同一物料不同供应商差价很大", "PROCUREMENT"},
        {"无菌车间环境数据靠纸质记录，检查时补记录", "QUALITY"},
        {"起重机出厂后运行状态不知道，坏了才找上门", "AFTER_SALES"}
    };
    private static final String[] INDUSTRIES = {"LIFTING_EQUIPMENT", "MEDICAL_DEVICES", "AUTO_PARTS", "NEW_CHEMICALS"};

    private final ConfigurableApplicationContext app;
    private final BenchmarkClient bureau;
    private final StringBuilder report = new StringBuilder();

    private AlertBenchmark(ConfigurableApplicationContext app) {
        this.app = app;
        this.bureau = new BenchmarkClient(
                        "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"))
                .as("BUREAU", null);
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext app = SpringApplication.run(
                MarketplaceApplication.class,
                "--server.port=0",
                "--xkqz.local-stack.enabled=true",
                "--xkqz.demo-data.enabled=false",
                "--spring.http.codecs.max-in-memory-size=64MB",
                "--xkqz.security.dev-tokens=true",
                "--xkqz.limits.rate-limit-enabled=false",
                "--xkqz.limits.max-import-body=64MB",
                "--logging.level.root=WARN",
                "--logging.level.cn.xkqz=INFO");
        int status = 0;
        try {
            new AlertBenchmark(app)
                    .run(
                            Integer.getInteger("alerts.solutions", 5_000),
                            Integer.getInteger("alerts.needs", 10_000),
                            Integer.getInteger("alerts.listings", 10));
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        } finally {
            app.close();
        }
        System.exit(status);
    }

    private void run(int solutions, int needs, int listings) throws Exception {
        report.append(String.format(
                "# Alert benchmark: %,d solutions, %,d saved needs, %s, %d cores%n",
                solutions, needs, Instant.now(), Runtime.getRuntime().availableProcessors()));
        String provider = null;
        for (Map<String, Object> file : SyntheticCatalog.files(solutions, 5_000)) {
            JsonNode result = bureau.call("POST", "/api/v1/admin/imports/catalog", file);
            provider = result.path("providers")
                    .properties()
                    .iterator()
                    .next()
                    .getValue()
                    .asString();
        }
        while (!bureau.call("GET", "/api/v1/admin/search/status", null)
                .path("inSync")
                .asBoolean()) {
            Thread.sleep(500);
        }
        saveNeeds(needs);
        List<Double> millis = new ArrayList<>();
        BenchmarkClient asProvider = bureau.as("PROVIDER", provider);
        Timer timer = app.getBean(MeterRegistry.class).timer("xkqz.alerts.listing");
        for (int i = 0; i < listings; i++) {
            long before = timer.count();
            double total = timer.totalTime(TimeUnit.MILLISECONDS);
            list(asProvider, provider, i);
            while (timer.count() == before) {
                Thread.sleep(20);
            }
            millis.add(timer.totalTime(TimeUnit.MILLISECONDS) - total);
        }
        List<Double> sorted = millis.stream().sorted().toList();
        report.append(String.format(
                "%nReverse matching of one listing against %,d saved needs, alerts stored (%d listings):%n"
                        + "p50 %.0f ms, max %.0f ms; alerts stored in all: %s%n",
                needs,
                listings,
                sorted.get(sorted.size() / 2),
                sorted.getLast(),
                bureau.call("GET", "/actuator/metrics/xkqz.alerts.listing", null)
                        .path("measurements")));
        Path out = Path.of("target", "alert-benchmark-report.md");
        Files.writeString(out, report);
        System.out.println(report + "\nReport written to " + out.toAbsolutePath());
    }

    /** Enterprises with two or three pain points each, diagnosed in parallel; waits for the need index. */
    private void saveNeeds(int needs) throws Exception {
        Instant start = Instant.now();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            IntStream.range(0, needs).forEach(n -> pool.submit(() -> diagnose(n)));
        }
        double created = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        ElasticsearchAsyncClient es = app.getBean(ElasticsearchAsyncClient.class);
        String index = app.getBean(NeedIndex.class).name();
        long count = 0;
        while (count < needs) {
            Thread.sleep(1_000);
            es.indices().refresh(r -> r.index(index)).get();
            count = es.count(c -> c.index(index)).get().count();
            System.out.printf("saved needs indexed: %,d/%,d%n", count, needs);
        }
        report.append(String.format(
                "%n%,d enterprises diagnosed through the API in %.1f s; all saved to the need index %.1f s after%n",
                needs, created, Duration.between(start, Instant.now()).toMillis() / 1000.0 - created));
    }

    private void diagnose(int n) {
        JsonNode enterprise = bureau.call(
                "POST",
                "/api/v1/enterprises",
                Map.of(
                        "name",
                        "基准企业" + n,
                        "creditCode",
                        SyntheticCatalog.creditCode(1_000_000 + n),
                        "industry",
                        INDUSTRIES[n % INDUSTRIES.length],
                        "county",
                        "新乡县",
                        "scale",
                        n % 3 == 0 ? "ABOVE" : "BELOW",
                        "specialization",
                        "NONE",
                        "batch",
                        1));
        List<Map<String, Object>> pains = new ArrayList<>();
        for (int k = 0; k < 2 + n % 2; k++) {
            String[] pain = PAINS[(n * 7 + k * 5) % PAINS.length];
            pains.add(Map.of("text", pain[0], "scene", pain[1], "severity", 1 + (n + k) % 3));
        }
        bureau.call(
                "PUT",
                "/api/v1/enterprises/" + enterprise.path("id").asString() + "/diagnosis",
                Map.of("level", 1 + n % 2, "budgetYuan", 100_000 + n % 10 * 50_000, "painPoints", pains));
    }

    /** A new solution of {@code provider}, submitted and approved: listed. */
    private void list(BenchmarkClient asProvider, String provider, int i) {
        String[] pain = PAINS[i % PAINS.length];
        JsonNode solution = bureau.call(
                "POST",
                "/api/v1/solutions",
                Map.ofEntries(
                        Map.entry("providerId", provider),
                        Map.entry("name", "新上架方案" + i + "：" + pain[0].substring(0, 10)),
                        Map.entry("summary", "解决" + pain[0]),
                        Map.entry("description", "专治" + pain[0] + "：现场采集数据，平台分析预警，一周见效。"),
                        Map.entry("industries", List.of(INDUSTRIES[i % INDUSTRIES.length])),
                        Map.entry("scenes", List.of(pain[1])),
                        Map.entry("keywords", List.of(pain[0].substring(0, 4))),
                        Map.entry("deliveryMode", "SAAS"),
                        Map.entry("priceYuan", Map.of("min", 20_000, "max", 80_000)),
                        Map.entry("deliveryDays", 14),
                        Map.entry("openApi", false),
                        Map.entry("cases", List.of())));
        String id = solution.path("id").asString();
        asProvider.call(
                "POST", "/api/v1/solutions/" + id + "/transitions", Map.of("action", "SUBMIT", "comment", "提交"));
        long version = bureau.call("GET", "/api/v1/solutions/" + id, null)
                .path("version")
                .asLong();
        bureau.call(
                "POST",
                "/api/v1/solutions/" + id + "/transitions",
                Map.of("action", "APPROVE", "comment", "通过", "version", version));
    }
}
