package cn.xkqz.api.workflow;

import static cn.xkqz.api.workflow.Steps.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import cn.xkqz.api.catalog.ImportFiles;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every solution transition, legal and illegal, and what search shows at each step. */
@ApiTest
class SolutionLifecycleApiTest {

    @Autowired
    WebTestClient anonymous;

    @Autowired
    DatabaseClient db;

    WebTestClient bureau;

    @BeforeEach
    void actAsBureauStaff() {
        bureau = Tokens.bureau(anonymous);
    }

    @Test
    void aDraftIsReviewedListedDelistedAndListedAgainWhileSearchFollows() {
        UUID provider = Steps.imported(bureau, "评审流程").get("P1");
        WebTestClient itself = Tokens.as(anonymous, "PROVIDER", provider);
        WebTestClient another = Tokens.as(anonymous, "PROVIDER", UUID.randomUUID());
        Map<String, Object> draft = new HashMap<>(ImportFiles.solution("X", "评审流程叉车调度看板"));
        draft.put("providerId", provider.toString());
        String id = (String) Requests.post(itself, "/api/v1/solutions", draft, HttpStatus.CREATED)
                .get("id");
        String path = "/api/v1/solutions/" + id;

        refused(path, "APPROVE", "DRAFT", List.of("SUBMIT"));
        take(another, path, "SUBMIT", null, null, HttpStatus.FORBIDDEN);
        assertThat(take(itself, path, "SUBMIT", null, null, HttpStatus.OK).get("status"))
                .isEqualTo("SUBMITTED");
        take(itself, path, "APPROVE", "自己批准", null, HttpStatus.FORBIDDEN);
        refused(path, "DELIST", "SUBMITTED", List.of("APPROVE", "REJECT", "WITHDRAW"));
        take(bureau, path, "REJECT", " ", null, HttpStatus.BAD_REQUEST);
        assertThat(take(bureau, path, "REJECT", "缺少客户案例", null, HttpStatus.OK).get("status"))
                .isEqualTo("REJECTED");
        take(itself, path, "SUBMIT", "已补充案例", null, HttpStatus.OK);
        assertThat(Steps.approve(bureau, path).get("status")).isEqualTo("LISTED");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(Steps.searchIds(anonymous, "叉车调度看板")).contains(id));

        take(itself, path, "DELIST", null, null, HttpStatus.BAD_REQUEST);
        assertThat(take(itself, path, "DELIST", "产品升级暂停销售", null, HttpStatus.OK).get("status"))
                .isEqualTo("DELISTED");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(Steps.searchIds(anonymous, "叉车调度看板")).doesNotContain(id));
        anonymous.get().uri(path).exchange().expectStatus().isNotFound();
        refused(path, "CONFIRM", "DELISTED", List.of("SUBMIT"));

        take(itself, path, "SUBMIT", null, null, HttpStatus.OK);
        Steps.approve(bureau, path);
        assertThat(take(bureau, path, "DELIST").get("status")).isEqualTo("DELISTED");

        Map<?, ?> view = Requests.get(itself, path + "/transitions", HttpStatus.OK);
        assertThat(Steps.each(view.get("history"), "action"))
                .containsExactly("DELIST", "APPROVE", "SUBMIT", "DELIST", "APPROVE", "SUBMIT", "REJECT", "SUBMIT");
        assertThat(Steps.list(view.get("allowedActions"))).containsExactly("SUBMIT");
        bureau.get()
                .uri("/api/v1/admin/audit/verify")
                .exchange()
                .expectBody()
                .jsonPath("$.valid")
                .isEqualTo(true);
    }

    @Test
    void aListingNotConfirmedForTwelveMonthsIsStaleUntilItsProviderConfirmsIt() {
        Map<String, UUID> pool = Steps.imported(bureau, "确认时效");
        UUID id = pool.get("S1");
        WebTestClient itself = Tokens.as(anonymous, "PROVIDER", pool.get("P1"));
        assertThat(solution(id).get("stale")).isEqualTo(false);

        db.sql("update solution set last_confirmed_at = now() - interval '13 months' where id = :id")
                .bind("id", id)
                .then()
                .block(Duration.ofSeconds(10));
        assertThat(solution(id).get("stale")).isEqualTo(true);

        Map<?, ?> confirmed = take(itself, "/api/v1/solutions/" + id, "CONFIRM", null, null, HttpStatus.OK);

        assertThat(confirmed.get("stale")).isEqualTo(false);
        assertThat(Instant.parse((String) confirmed.get("lastConfirmedAt")))
                .isAfter(Instant.now().minusSeconds(60));
        assertThat(confirmed.get("status")).isEqualTo("LISTED");
    }

    @Test
    void anEditOfAListedSolutionWaitsForReviewWhileTheListedVersionStaysLive() {
        Map<String, UUID> pool = Steps.imported(bureau, "修订审核");
        UUID id = pool.get("S1");
        String path = "/api/v1/solutions/" + id;
        WebTestClient itself = Tokens.as(anonymous, "PROVIDER", pool.get("P1"));
        refused(path, "APPROVE_REVISION", "LISTED", List.of("DELIST", "CONFIRM"));
        Map<String, Object> edit = new HashMap<>(ImportFiles.solution("S1", "修订审核后的新名称"));
        edit.put("version", solution(id).get("version"));

        Map<?, ?> pending = itself.put()
                .uri(path)
                .bodyValue(edit)
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();

        assertThat(((Map<?, ?>) pending.get("draft")).get("name")).isEqualTo("修订审核后的新名称");
        assertThat(solution(id).get("name")).isEqualTo("修订审核危化品仓库温湿度监测");
        itself.get().uri(path + "/revision").exchange().expectStatus().isOk();
        anonymous.get().uri(path + "/revision").exchange().expectStatus().isUnauthorized();
        take(itself, path, "APPROVE_REVISION", "自己批准", null, HttpStatus.FORBIDDEN);
        take(bureau, path, "REJECT_REVISION", "名称与功能不符", null, HttpStatus.OK);
        assertThat(solution(id).get("name")).isEqualTo("修订审核危化品仓库温湿度监测");
        itself.get().uri(path + "/revision").exchange().expectStatus().isNotFound();

        itself.put().uri(path).bodyValue(edit).exchange().expectStatus().isAccepted();
        Map<?, ?> approved = Steps.approveRevision(bureau, path);

        assertThat(approved.get("name")).isEqualTo("修订审核后的新名称");
        assertThat(approved.get("status")).isEqualTo("LISTED");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() ->
                        assertThat(Steps.searchIds(anonymous, "修订审核后的新名称")).contains(id.toString()));
        Map<?, ?> versions = Requests.get(anonymous, path + "/versions", HttpStatus.OK);
        assertThat(Steps.each(versions.get("items"), "version"))
                .containsExactly(((Number) approved.get("version")).intValue());
    }

    @Test
    void aSubmittedSolutionCannotBeEditedAndApprovalNamesTheVersionReviewed() {
        UUID provider = Steps.imported(bureau, "审核锁定").get("P1");
        WebTestClient itself = Tokens.as(anonymous, "PROVIDER", provider);
        Map<String, Object> draft = new HashMap<>(ImportFiles.solution("X", "审核锁定设备点检"));
        draft.put("providerId", provider.toString());
        String id = (String) Requests.post(itself, "/api/v1/solutions", draft, HttpStatus.CREATED)
                .get("id");
        String path = "/api/v1/solutions/" + id;
        take(itself, path, "SUBMIT", null, null, HttpStatus.OK);
        Object reviewed = Requests.get(bureau, path, HttpStatus.OK).get("version");
        Map<String, Object> edit = new HashMap<>(ImportFiles.solution("X", "审核中偷改的名称"));
        edit.put("version", reviewed);

        Map<?, ?> locked = Requests.put(itself, path, edit, HttpStatus.CONFLICT);

        assertThat(locked.get("currentStatus")).isEqualTo("SUBMITTED");
        assertThat(Steps.list(locked.get("allowedActions"))).contains("WITHDRAW");
        assertThat(Requests.get(bureau, path, HttpStatus.OK).get("name")).isEqualTo("审核锁定设备点检");
        take(itself, path, "WITHDRAW", null, null, HttpStatus.OK);
        edit.put("version", Requests.get(itself, path, HttpStatus.OK).get("version"));
        Requests.put(itself, path, edit, HttpStatus.OK);
        take(itself, path, "SUBMIT", null, null, HttpStatus.OK);

        Steps.take(bureau, path, "APPROVE", Map.of("version", reviewed), HttpStatus.CONFLICT);

        assertThat(Requests.get(bureau, path, HttpStatus.OK).get("status")).isEqualTo("SUBMITTED");
        Map<?, ?> approved = Steps.approve(bureau, path);
        assertThat(approved.get("status")).isEqualTo("LISTED");
        assertThat(approved.get("name")).isEqualTo("审核中偷改的名称");
    }

    @Test
    void approvingARevisionNamesTheRevisionReviewedNotALaterEdit() {
        Map<String, UUID> pool = Steps.imported(bureau, "修订锁定");
        String path = "/api/v1/solutions/" + pool.get("S1");
        WebTestClient itself = Tokens.as(anonymous, "PROVIDER", pool.get("P1"));
        Map<String, Object> edit = new HashMap<>(ImportFiles.solution("S1", "修订锁定审核过的名称"));
        edit.put("version", solution(pool.get("S1")).get("version"));
        Map<?, ?> reviewed = Requests.put(itself, path, edit, HttpStatus.ACCEPTED);
        edit.put("name", "修订锁定无人审核的名称");
        Map<?, ?> later = Requests.put(itself, path, edit, HttpStatus.ACCEPTED);
        Steps.take(bureau, path, "APPROVE_REVISION", Map.of(), HttpStatus.BAD_REQUEST);

        Steps.take(bureau, path, "APPROVE_REVISION", Map.of("revisionId", reviewed.get("id")), HttpStatus.CONFLICT);

        assertThat(solution(pool.get("S1")).get("name")).isEqualTo("修订锁定危化品仓库温湿度监测");
        Map<?, ?> approved =
                Steps.take(bureau, path, "APPROVE_REVISION", Map.of("revisionId", later.get("id")), HttpStatus.OK);
        assertThat(approved.get("name")).isEqualTo("修订锁定无人审核的名称");
    }

    private Map<?, ?> solution(UUID id) {
        return Requests.get(anonymous, "/api/v1/solutions/" + id, HttpStatus.OK);
    }

    /** {@code action} is refused in state {@code current}; the request names all a reviewer would (version, revision). */
    private void refused(String path, String action, String current, List<String> allowed) {
        Map<String, Object> named = new HashMap<>(
                Map.of("version", Requests.get(bureau, path, HttpStatus.OK).get("version")));
        if (action.endsWith("_REVISION")) {
            named.put("revisionId", UUID.randomUUID());
        }
        Map<?, ?> problem = Steps.take(bureau, path, action, named, HttpStatus.CONFLICT);
        assertThat(problem.get("currentStatus")).isEqualTo(current);
        assertThat(Steps.list(problem.get("allowedActions"))).containsExactlyInAnyOrderElementsOf(allowed);
    }
}
