package cn.xkqz.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import cn.xkqz.api.catalog.ImportFiles;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Thousands of random inputs (Unicode with emoji and control characters, huge numbers, wrong types,
 * missing fields, broken JSON) to search, matching, the subsidy estimate, import and diagnosis: none may answer 5xx, and none
 * that is refused may change the database.
 */
@ApiTest
class FuzzTest {

    /** {@code -Dfuzz.inputs=10000 -Dfuzz.seed=…} for a longer, repeatable run. */
    private static final int INPUTS = Integer.getInteger("fuzz.inputs", 2_000);

    /**
     * {@code -Dfuzz.pooled=true}: all inputs on pooled keep-alive connections (the benchmark-style run of
     * docs/security.md). The default sends each input on its own connection: under heavy CPU contention
     * a pooled run still saw one request in about 2,000 go unanswered (see docs/security.md), which is
     * not yet explained and must not make the suite flaky.
     */
    private static final boolean POOLED = Boolean.getBoolean("fuzz.pooled");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] ODD = {
        "😀🏭",
        "\u0000",
        "\u0007\u001b[31m",
        "\u202e反转",
        "'; drop table solution; --",
        "{\"query\":{\"match_all\":{}}}",
        "name:(MES OR *)",
        "\\",
        "\uD83D",
        "设备停机",
        "AUTO_PARTS",
        "EQUIPMENT",
        "",
        " ",
        "null",
        "NaN",
        "1e309",
        "-0"
    };

    @LocalServerPort
    int port;

    WebTestClient anonymous;

    @Autowired
    DatabaseClient db;

    private final List<String> failures = new ArrayList<>();
    private int refused;

    @Test
    void randomInputsNeverFailTheServerAndRefusedOnesChangeNothing() {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        anonymous = client();
        WebTestClient bureau = Tokens.bureau(anonymous);
        String enterprise = enterprise(bureau);
        for (int i = 0; i < INPUTS; i++) {
            Input input = Input.random(random, enterprise);
            String before = fingerprint();
            EntityExchangeResult<byte[]> result;
            try {
                result = input.send(input.asBureau() ? bureau : anonymous);
            } catch (IllegalStateException noAnswer) {
                failures.add("no answer (" + noAnswer.getMessage() + ") to input " + i + ": " + input);
                continue;
            }
            int status = result.getStatus().value();
            if (status >= 500) {
                failures.add(status + " to input " + i + ": " + input);
            } else if (status >= 400) {
                refused++;
                if (!fingerprint().equals(before)) {
                    failures.add("refused with " + status + " but changed the database: " + input);
                }
            }
        }
        assertThat(failures).as("seed " + seed + (POOLED ? ", pooled" : "")).isEmpty();
        assertThat(refused).as("most random inputs are refused").isGreaterThan(INPUTS / 2);
    }

    /** A client on pooled keep-alive connections, as real clients are, or a new connection per request. */
    private WebTestClient client() {
        HttpClient http = POOLED ? HttpClient.create() : HttpClient.newConnection();
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(http))
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    private static final String URI_PREFIX = "/api/v1/search/solutions?";

    /** One request, described before it is sent so that a request without an answer can be named. */
    private record Input(HttpMethod method, String uri, MediaType type, byte[] content, boolean asBureau) {

        static Input random(Random random, String enterprise) {
            return switch (random.nextInt(5)) {
                case 0 -> new Input(HttpMethod.GET, URI_PREFIX + searchParameters(random), null, null, false);
                case 1 -> post(HttpMethod.POST, "/api/v1/matches", body(random, matchTemplate()), random, false);
                case 2 ->
                    post(
                            HttpMethod.POST,
                            "/api/v1/subsidies/estimate",
                            body(random, new HashMap<>(Map.of("spendYuan", 1_000_000, "expectedLevel", 3))),
                            random,
                            false);
                case 3 ->
                    post(
                            HttpMethod.POST,
                            "/api/v1/admin/imports/catalog",
                            body(random, ImportFiles.small("模糊" + random.nextInt(1_000))),
                            random,
                            true);
                default ->
                    post(
                            HttpMethod.PUT,
                            "/api/v1/enterprises/" + enterprise + "/diagnosis",
                            body(random, diagnosisTemplate()),
                            random,
                            true);
            };
        }

        private static Input post(HttpMethod method, String uri, byte[] content, Random random, boolean asBureau) {
            MediaType type = random.nextInt(20) == 0 ? MediaType.TEXT_PLAIN : MediaType.APPLICATION_JSON;
            return new Input(method, uri, type, content, asBureau);
        }

        EntityExchangeResult<byte[]> send(WebTestClient client) {
            WebTestClient.RequestBodySpec request = client.method(method).uri(uri);
            WebTestClient.RequestHeadersSpec<?> withBody =
                    content == null ? request : request.contentType(type).bodyValue(content);
            return withBody.exchange().expectBody().returnResult();
        }

        @Override
        public String toString() {
            return method + " " + uri + " " + type + " " + abbreviate(content);
        }
    }

    /** A plausible body with one part broken, or something that is not a body at all. */
    private static byte[] body(Random random, Map<String, Object> template) {
        return switch (random.nextInt(6)) {
            case 0 -> randomString(random, 200).getBytes(StandardCharsets.UTF_8);
            case 1 -> JSON.writeValueAsBytes(randomValue(random, 3));
            case 2 -> {
                byte[] valid = JSON.writeValueAsBytes(template);
                yield java.util.Arrays.copyOf(valid, random.nextInt(valid.length));
            }
            default -> JSON.writeValueAsBytes(mutate(random, template, 0));
        };
    }

    @SuppressWarnings("unchecked")
    private static Object mutate(Random random, Object value, int depth) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            Map<String, Object> copy = new HashMap<>((Map<String, Object>) map);
            List<String> keys = new ArrayList<>(copy.keySet());
            String key = keys.get(random.nextInt(keys.size()));
            switch (random.nextInt(4)) {
                case 0 -> copy.remove(key);
                case 1 -> copy.put(key, randomValue(random, 2));
                default -> copy.put(key, mutate(random, copy.get(key), depth + 1));
            }
            return copy;
        }
        if (value instanceof List<?> list && !list.isEmpty()) {
            List<Object> copy = new ArrayList<>(list);
            int index = random.nextInt(copy.size());
            copy.set(index, mutate(random, copy.get(index), depth + 1));
            if (random.nextInt(5) == 0) {
                copy.add(randomValue(random, 2));
            }
            return copy;
        }
        return randomValue(random, 2);
    }

    private static Object randomValue(Random random, int depth) {
        int kind = random.nextInt(depth <= 0 ? 7 : 9);
        return switch (kind) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextLong();
            case 3 -> random.nextBoolean() ? Double.MAX_VALUE : -random.nextDouble() * 1e18;
            case 4 -> new java.math.BigInteger(200, random);
            case 5, 6 -> randomString(random, random.nextInt(5) == 0 ? 6_000 : 60);
            case 7 -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(randomValue(random, depth - 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> map = new HashMap<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    map.put(randomString(random, 8), randomValue(random, depth - 1));
                }
                yield map;
            }
        };
    }

    private static String randomString(Random random, int maxLength) {
        if (random.nextInt(3) == 0) {
            return ODD[random.nextInt(ODD.length)];
        }
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(10);
            int codePoint = pick < 4
                    ? 0x4E00 + random.nextInt(0x9FA5 - 0x4E00)
                    : pick < 6
                            ? random.nextInt(0x20)
                            : pick < 7 ? 0x1F600 + random.nextInt(80) : 0x20 + random.nextInt(0x5F);
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private static String searchParameters(Random random) {
        String[] names = {
            "q",
            "industry",
            "scene",
            "deliveryMode",
            "priceMax",
            "openApi",
            "page",
            "size",
            random.nextBoolean() ? "x" : "q"
        };
        StringBuilder query = new StringBuilder();
        for (int i = random.nextInt(5); i >= 0; i--) {
            String name = names[random.nextInt(names.length)];
            Object value = randomValue(random, 0);
            query.append(query.isEmpty() ? "" : "&")
                    .append(name)
                    .append('=')
                    .append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    private static Map<String, Object> matchTemplate() {
        return new HashMap<>(Map.of(
                "industry",
                "AUTO_PARTS",
                "painPoints",
                List.of(new HashMap<>(Map.of("text", "设备经常突然停机", "severity", 2, "scene", "EQUIPMENT"))),
                "demandScenes",
                List.of("EQUIPMENT"),
                "budgetYuan",
                100_000,
                "size",
                10));
    }

    private static Map<String, Object> diagnosisTemplate() {
        return new HashMap<>(Map.of(
                "level",
                2,
                "budgetYuan",
                80_000,
                "painPoints",
                List.of(new HashMap<>(Map.of("text", "库存对不上", "severity", 3))),
                "demandScenes",
                List.of("WAREHOUSE_LOGISTICS")));
    }

    private static String enterprise(WebTestClient bureau) {
        return (String) Requests.post(
                        bureau,
                        "/api/v1/enterprises",
                        ImportFiles.enterprise("模糊测试企业", "AUTO_PARTS"),
                        HttpStatus.CREATED)
                .get("id");
    }

    /** Row counts and version sums of everything a request could change. */
    private String fingerprint() {
        return db.sql("""
                        select (select count(*) from provider) || ',' || (select coalesce(sum(version), 0) from provider)
                            || ',' || (select count(*) from solution) || ',' || (select coalesce(sum(version), 0) from solution)
                            || ',' || (select count(*) from enterprise) || ',' || (select count(*) from diagnosis)
                            || ',' || (select count(*) from audit_entry)""").map(row -> row.get(0, String.class)).one().block(Duration.ofSeconds(30));
    }

    private static String abbreviate(byte[] body) {
        if (body == null) {
            return "";
        }
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
