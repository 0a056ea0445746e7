package cn.xkqz.api.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import cn.xkqz.api.catalog.ImportFiles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Curating, publishing and showing the recommended list (优质方案产品). */
@ApiTest
class RecommendedListApiTest {

    @Autowired
    WebTestClient anonymous;

    WebTestClient bureau;

    @BeforeEach
    void actAsBureauStaff() {
        bureau = Tokens.bureau(anonymous);
    }

    @Test
    void aListTakesTwentyListedSolutionsInRankOrderAndRefusesTheTwentyFirst() {
        List<String> ids = importListed("满额清单", 21);
        String list = newList("2026年满额测试批");

        for (int i = 0; i < 20; i++) {
            addEntry(list, ids.get(i), i + 1, HttpStatus.CREATED);
        }
        Map<?, ?> full = addEntry(list, ids.get(20), 1, HttpStatus.CONFLICT);
        assertThat((String) full.get("detail")).contains("20");

        addEntry(list, ids.get(0), 3, HttpStatus.CONFLICT);
        Map<?, ?> moved = bureau.put()
                .uri("/api/v1/recommended-lists/{list}/entries/{id}", list, ids.get(19))
                .bodyValue(Map.of("rank", 1))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        assertThat(entryIds(moved).subList(0, 3)).containsExactly(ids.get(19), ids.get(0), ids.get(1));
        Map<?, ?> removed = bureau.delete()
                .uri("/api/v1/recommended-lists/{list}/entries/{id}", list, ids.get(0))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        assertThat(entryIds(removed)).hasSize(19).doesNotContain(ids.get(0));
        assertThat(ranks(removed))
                .isEqualTo(IntStream.rangeClosed(1, 19).boxed().toList());
        addEntry(list, ids.get(20), 2, HttpStatus.CREATED);
    }

    @Test
    void onlyListedSolutionsMayBeRecommendedAndDraftsAreTheBureausAlone() {
        Map<String, UUID> pool = Steps.imported(bureau, "清单准入");
        Steps.take(bureau, "/api/v1/solutions/" + pool.get("S2"), "DELIST");
        String list = newList("2026年准入测试批");

        addEntry(list, pool.get("S2").toString(), 1, HttpStatus.CONFLICT);
        addEntry(list, UUID.randomUUID().toString(), 1, HttpStatus.BAD_REQUEST);
        Requests.post(
                bureau, "/api/v1/recommended-lists/" + list + "/entries", Map.of("rank", 1), HttpStatus.BAD_REQUEST);
        anonymous
                .get()
                .uri("/api/v1/recommended-lists/{id}", list)
                .exchange()
                .expectStatus()
                .isNotFound();
        Tokens.as(anonymous, "PROVIDER", pool.get("P1"))
                .post()
                .uri("/api/v1/recommended-lists")
                .bodyValue(Map.of("title", "自荐", "period", "2026"))
                .exchange()
                .expectStatus()
                .isForbidden();
        Requests.post(bureau, "/api/v1/recommended-lists/" + list + "/publish", Map.of(), HttpStatus.CONFLICT);

        addEntry(list, pool.get("S1").toString(), 1, HttpStatus.CREATED);
        Steps.take(bureau, "/api/v1/solutions/" + pool.get("S1"), "DELIST");
        Map<?, ?> gone =
                Requests.post(bureau, "/api/v1/recommended-lists/" + list + "/publish", Map.of(), HttpStatus.CONFLICT);
        assertThat((String) gone.get("detail")).contains("不在架");
    }

    @Test
    void aPublishedSnapshotNeverChangesAndItsSolutionsCarryTheBadge() {
        Map<String, UUID> pool = Steps.imported(bureau, "推荐快照");
        String id = pool.get("S1").toString();
        String list = newList("2026年第一批");
        addEntry(list, id, 1, HttpStatus.CREATED);
        Map<?, ?> published =
                Requests.post(bureau, "/api/v1/recommended-lists/" + list + "/publish", Map.of(), HttpStatus.OK);
        assertThat(published.get("status")).isEqualTo("PUBLISHED");

        Map<String, Object> edit = new HashMap<>(ImportFiles.solution("S1", "推荐快照改名后的方案"));
        edit.put("version", solution(id).get("version"));
        bureau.put()
                .uri("/api/v1/solutions/{id}", id)
                .bodyValue(edit)
                .exchange()
                .expectStatus()
                .isAccepted();
        Steps.approveRevision(bureau, "/api/v1/solutions/" + id);
        addEntry(list, pool.get("S2").toString(), 2, HttpStatus.CONFLICT);

        Map<?, ?> current = Requests.get(anonymous, "/api/v1/recommended-lists/current", HttpStatus.OK);
        assertThat(current.get("id")).isEqualTo(list);
        Map<?, ?> entry = (Map<?, ?>) ((List<?>) current.get("entries")).getFirst();
        assertThat(entry.get("name")).isEqualTo("推荐快照危化品仓库温湿度监测");
        assertThat(entry.get("rationale")).isEqualTo("质优价廉，已在多家企业复制");
        assertThat(solution(id).get("name")).isEqualTo("推荐快照改名后的方案");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<?, ?> hit = hit(anonymous, "推荐快照改名后的方案", id);
            assertThat(hit.get("recommended")).isEqualTo(true);
        });
        Map<?, ?> other = hit(anonymous, "推荐快照无菌敷料批记录电子化", pool.get("S2").toString());
        assertThat(other.get("recommended")).isEqualTo(false);

        Map<?, ?> match = Requests.post(
                anonymous,
                "/api/v1/matches",
                Map.of(
                        "industry",
                        "NEW_CHEMICALS",
                        "painPoints",
                        List.of(Map.of("text", "推荐快照改名后的方案", "severity", 3)),
                        "size",
                        100),
                HttpStatus.OK);
        Map<?, ?> item = Steps.list(match.get("items")).stream()
                .map(i -> (Map<?, ?>) i)
                .filter(i -> id.equals(i.get("solutionId")))
                .findFirst()
                .orElseThrow();
        assertThat(item.get("recommended")).isEqualTo(true);
    }

    @Test
    void anEntryThatLeavesThePublicPoolShowsAsWithdrawnAndOnlyActiveProvidersMayBeRecommended() {
        Map<String, UUID> pool = Steps.imported(bureau, "清单撤出");
        String provider = "/api/v1/providers/" + pool.get("P1");
        String list = newList("2026年撤出测试批");
        addEntry(list, pool.get("S1").toString(), 1, HttpStatus.CREATED);
        Requests.post(bureau, "/api/v1/recommended-lists/" + list + "/publish", Map.of(), HttpStatus.OK);
        assertThat(entry(anonymous, list).get("withdrawn")).isEqualTo(false);

        Steps.take(bureau, provider, "WARN", "服务响应超时", Steps.TODAY.plusDays(15), HttpStatus.OK);

        Map<?, ?> current = Requests.get(anonymous, "/api/v1/recommended-lists/current", HttpStatus.OK);
        assertThat(current.get("id")).isEqualTo(list);
        Map<?, ?> withdrawn = (Map<?, ?>) Steps.list(current.get("entries")).getFirst();
        assertThat(withdrawn.get("withdrawn")).isEqualTo(true);
        assertThat((String) withdrawn.get("withdrawnReason")).contains("WARNED");
        assertThat(entry(bureau, list).get("withdrawn")).isEqualTo(true);
        String draft = newList("2026年撤出测试批二");
        Map<?, ?> refused = addEntry(draft, pool.get("S2").toString(), 1, HttpStatus.CONFLICT);
        assertThat((String) refused.get("detail")).contains("WARNED");

        Steps.take(bureau, provider, "CLEAR_WARNING");
        assertThat(entry(anonymous, list).get("withdrawn")).isEqualTo(false);
        Steps.take(bureau, "/api/v1/solutions/" + pool.get("S1"), "DELIST");
        Map<?, ?> delisted = entry(bureau, list);
        assertThat(delisted.get("withdrawn")).isEqualTo(true);
        assertThat((String) delisted.get("withdrawnReason")).contains("DELISTED");
    }

    private Map<?, ?> entry(WebTestClient client, String list) {
        Map<?, ?> found = Requests.get(client, "/api/v1/recommended-lists/" + list, HttpStatus.OK);
        return (Map<?, ?>) Steps.list(found.get("entries")).getFirst();
    }

    private List<String> importListed(String tag, int count) {
        Map<String, Object> file = ImportFiles.small(tag);
        List<Object> solutions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            solutions.add(ImportFiles.solution("S" + i, tag + "方案" + i));
        }
        file.put("solutions", solutions);
        Map<?, ?> refs = (Map<?, ?>) Requests.post(bureau, "/api/v1/admin/imports/catalog", file, HttpStatus.OK)
                .get("solutions");
        return IntStream.range(0, count)
                .mapToObj(i -> (String) refs.get("S" + i))
                .toList();
    }

    private String newList(String period) {
        Map<?, ?> created = Requests.post(
                bureau,
                "/api/v1/recommended-lists",
                Map.of("title", "小快轻准优质方案产品推荐清单", "period", period),
                HttpStatus.CREATED);
        assertThat(created.get("status")).isEqualTo("DRAFT");
        return (String) created.get("id");
    }

    private Map<?, ?> addEntry(String list, String solution, int rank, HttpStatus status) {
        return Requests.post(
                bureau,
                "/api/v1/recommended-lists/" + list + "/entries",
                Map.of("solutionId", solution, "rank", rank, "rationale", "质优价廉，已在多家企业复制"),
                status);
    }

    private Map<?, ?> solution(String id) {
        return Requests.get(bureau, "/api/v1/solutions/" + id, HttpStatus.OK);
    }

    private static Map<?, ?> hit(WebTestClient client, String q, String id) {
        return Steps.searchHits(client, q).stream()
                .filter(hit -> id.equals(hit.get("id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " not found for " + q));
    }

    private static List<Object> entryIds(Map<?, ?> list) {
        return Steps.each(list.get("entries"), "solutionId");
    }

    private static List<Object> ranks(Map<?, ?> list) {
        return Steps.each(list.get("entries"), "rank");
    }
}
