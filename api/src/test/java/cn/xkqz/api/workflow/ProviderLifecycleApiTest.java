package cn.xkqz.api.workflow;

import static cn.xkqz.api.workflow.Steps.TODAY;
import static cn.xkqz.api.workflow.Steps.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import cn.xkqz.api.catalog.ImportFiles;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every provider transition, legal and illegal, by the roles that may and may not take it. */
@ApiTest
class ProviderLifecycleApiTest {

    @Autowired
    WebTestClient anonymous;

    WebTestClient bureau;

    @BeforeEach
    void actAsBureauStaff() {
        bureau = Tokens.bureau(anonymous);
    }

    @Test
    void vettingAndManagementWalkThroughEveryStateWithTheAuditTrailIntact() {
        UUID id = Steps.applied(bureau, "全流程起重运维科技");
        String path = "/api/v1/providers/" + id;
        WebTestClient itself = Tokens.as(anonymous, "PROVIDER", id);
        WebTestClient another = Tokens.as(anonymous, "PROVIDER", UUID.randomUUID());

        refused(path, "ACTIVATE", "APPLIED", List.of("PASS_PRELIMINARY", "REJECT"));
        take(bureau, path, "PASS_PRELIMINARY", null, null, HttpStatus.BAD_REQUEST);
        assertThat(take(bureau, path, "PASS_PRELIMINARY").get("status")).isEqualTo("PRELIMINARY_PASSED");
        refused(path, "PUBLICIZE", "PRELIMINARY_PASSED", List.of("PASS_EXPERT", "REJECT"));
        assertThat(take(bureau, path, "PASS_EXPERT").get("status")).isEqualTo("EXPERT_PASSED");
        take(bureau, path, "PUBLICIZE", "公示", null, HttpStatus.BAD_REQUEST);
        take(bureau, path, "PUBLICIZE", "公示", TODAY.minusDays(1), HttpStatus.BAD_REQUEST);
        take(itself, path, "PUBLICIZE", "公示", TODAY, HttpStatus.FORBIDDEN);
        assertThat(take(bureau, path, "PUBLICIZE", "社会公示", TODAY, HttpStatus.OK).get("status"))
                .isEqualTo("PUBLICIZING");
        assertThat(take(bureau, path, "ACTIVATE").get("status")).isEqualTo("ACTIVE");
        refused(path, "REMOVE", "ACTIVE", List.of("WARN"));
        assertThat(take(bureau, path, "WARN", "案例材料不实", TODAY.plusDays(30), HttpStatus.OK)
                        .get("status"))
                .isEqualTo("WARNED");
        assertThat(take(bureau, path, "CLEAR_WARNING").get("status")).isEqualTo("ACTIVE");
        take(bureau, path, "WARN", "服务响应超时", TODAY.plusDays(15), HttpStatus.OK);
        assertThat(take(bureau, path, "SUSPEND").get("status")).isEqualTo("SUSPENDED");

        take(another, path, "APPEAL", "不服", null, HttpStatus.FORBIDDEN);
        take(itself, path, "REINSTATE", "自行恢复", null, HttpStatus.FORBIDDEN);
        assertThat(take(itself, path, "APPEAL", "已整改完毕，请求复核", null, HttpStatus.OK)
                        .get("status"))
                .isEqualTo("APPEALING");
        refused(path, "REMOVE", "APPEALING", List.of("GRANT_APPEAL", "DISMISS_APPEAL"));
        assertThat(take(bureau, path, "DISMISS_APPEAL").get("status")).isEqualTo("SUSPENDED");
        Map<?, ?> again = take(itself, path, "APPEAL", "再次申诉", null, HttpStatus.CONFLICT);
        assertThat((String) again.get("detail")).contains("只能申诉一次");
        assertThat(take(bureau, path, "REINSTATE").get("status")).isEqualTo("ACTIVE");
        take(bureau, path, "WARN", "再次超时", TODAY, HttpStatus.OK);
        take(bureau, path, "SUSPEND");
        assertThat(take(bureau, path, "REMOVE").get("status")).isEqualTo("REMOVED");
        refused(path, "REINSTATE", "REMOVED", List.of());

        Map<?, ?> view = Requests.get(bureau, path + "/transitions", HttpStatus.OK);
        assertThat(view.get("status")).isEqualTo("REMOVED");
        assertThat((List<?>) view.get("history")).hasSize(14);
        another.get().uri(path + "/transitions").exchange().expectStatus().isForbidden();
        assertAudited(id, "PROVIDER_PASS_PRELIMINARY", "PROVIDER_APPEAL", "PROVIDER_DISMISS_APPEAL", "PROVIDER_REMOVE");
    }

    @Test
    void aGrantedAppealAgainstRejectionStartsTheReviewAgain() {
        UUID id = Steps.applied(bureau, "申诉复审数字科技");
        String path = "/api/v1/providers/" + id;
        WebTestClient itself = Tokens.as(anonymous, "PROVIDER", id);

        take(bureau, path, "PASS_PRELIMINARY");
        assertThat(take(bureau, path, "REJECT").get("status")).isEqualTo("REJECTED");
        take(bureau, path, "APPEAL", null, null, HttpStatus.BAD_REQUEST);
        take(itself, path, "APPEAL", "专家评审材料漏交，现已补齐", null, HttpStatus.OK);
        assertThat(take(bureau, path, "GRANT_APPEAL").get("status")).isEqualTo("APPLIED");
        take(bureau, path, "UNKNOWN_STEP", "？", null, HttpStatus.BAD_REQUEST);
    }

    @Test
    void leavingActiveTakesEverySolutionOutOfSearchAndReturningBringsThemBack() {
        Map<String, UUID> pool = Steps.imported(bureau, "动态管理");
        String path = "/api/v1/providers/" + pool.get("P1");
        List<String> both = List.of(pool.get("S1").toString(), pool.get("S2").toString());
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(Steps.searchIds(anonymous, "动态管理")).containsAll(both));

        take(bureau, path, "WARN", "限期整改", TODAY.plusDays(10), HttpStatus.OK);

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(Steps.searchIds(anonymous, "动态管理")).doesNotContainAnyElementsOf(both));
        anonymous
                .get()
                .uri("/api/v1/providers/" + pool.get("P1"))
                .exchange()
                .expectStatus()
                .isNotFound();

        take(bureau, path, "CLEAR_WARNING");

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(Steps.searchIds(anonymous, "动态管理")).containsAll(both));
    }

    @Test
    void anActiveProvidersNewNameOrCreditCodeWaitsForReviewOfTheRevisionReviewed() {
        UUID id = Steps.imported(bureau, "服务商改名").get("P1");
        String path = "/api/v1/providers/" + id;
        WebTestClient itself = Tokens.as(anonymous, "PROVIDER", id);
        Map<?, ?> current = Requests.get(itself, path, HttpStatus.OK);
        String oldName = (String) current.get("name");
        refused(path, "APPROVE_REVISION", "ACTIVE", List.of("WARN"), UUID.randomUUID());

        Map<String, Object> renamed = profile(current, "name", "服务商改名后的新名称");
        renamed.put("name", " ");
        Requests.put(itself, path, renamed, HttpStatus.BAD_REQUEST);
        Requests.get(itself, path + "/revision", HttpStatus.NOT_FOUND);
        Map<?, ?> first = Requests.put(itself, path, profile(current, "name", "服务商改名后的新名称"), HttpStatus.ACCEPTED);
        assertThat(Requests.get(anonymous, path, HttpStatus.OK).get("name")).isEqualTo(oldName);
        anonymous.get().uri(path + "/revision").exchange().expectStatus().isUnauthorized();
        Tokens.as(anonymous, "PROVIDER", UUID.randomUUID())
                .get()
                .uri(path + "/revision")
                .exchange()
                .expectStatus()
                .isForbidden();
        Map<String, Object> second = profile(current, "name", "服务商改名后的第二个名称");
        second.put("county", "卫辉市");
        Map<?, ?> replaced = Requests.put(itself, path, second, HttpStatus.ACCEPTED);
        assertThat(replaced.get("id")).isNotEqualTo(first.get("id"));
        assertThat(Requests.get(bureau, path + "/revision", HttpStatus.OK).get("id"))
                .isEqualTo(replaced.get("id"));
        Steps.take(itself, path, "APPROVE_REVISION", Map.of("revisionId", replaced.get("id")), HttpStatus.FORBIDDEN);
        Steps.take(bureau, path, "APPROVE_REVISION", Map.of(), HttpStatus.BAD_REQUEST);

        Map<?, ?> stale = Steps.take(
                bureau, path, "APPROVE_REVISION", Map.of("revisionId", first.get("id")), HttpStatus.CONFLICT);

        assertThat((String) stale.get("detail")).contains("新的修改");
        assertThat(Requests.get(anonymous, path, HttpStatus.OK).get("name")).isEqualTo(oldName);
        Map<?, ?> approved =
                Steps.take(bureau, path, "APPROVE_REVISION", Map.of("revisionId", replaced.get("id")), HttpStatus.OK);
        assertThat(approved.get("name")).isEqualTo("服务商改名后的第二个名称");
        assertThat(approved.get("county")).isEqualTo("卫辉市");
        assertThat(approved.get("status")).isEqualTo("ACTIVE");
        Requests.get(itself, path + "/revision", HttpStatus.NOT_FOUND);

        Map<?, ?> now = Requests.get(itself, path, HttpStatus.OK);
        Requests.put(itself, path, profile(now, "creditCode", ImportFiles.creditCode()), HttpStatus.ACCEPTED);
        take(bureau, path, "REJECT_REVISION", "信用代码与营业执照不符", null, HttpStatus.OK);
        assertThat(Requests.get(itself, path, HttpStatus.OK).get("creditCode")).isEqualTo(now.get("creditCode"));
        Map<?, ?> described = Requests.put(itself, path, profile(now, "description", "只改简介，当即生效。"), HttpStatus.OK);
        assertThat(described.get("description")).isEqualTo("只改简介，当即生效。");
        assertAudited(id, "PROVIDER_REVISION_PROPOSED", "PROVIDER_APPROVE_REVISION", "PROVIDER_REJECT_REVISION");
    }

    @Test
    void aProviderNotYetVettedRenamesItselfAtOnce() {
        UUID id = Steps.applied(bureau, "未审改名科技");
        String path = "/api/v1/providers/" + id;
        WebTestClient itself = Tokens.as(anonymous, "PROVIDER", id);
        Map<?, ?> current = Requests.get(itself, path, HttpStatus.OK);

        Map<?, ?> renamed = Requests.put(itself, path, profile(current, "name", "未审改名后的科技"), HttpStatus.OK);

        assertThat(renamed.get("name")).isEqualTo("未审改名后的科技");
    }

    /** The editable profile of {@code current} with {@code field} set to {@code value}, at its version. */
    private static Map<String, Object> profile(Map<?, ?> current, String field, Object value) {
        Map<String, Object> profile = new HashMap<>();
        for (String key : List.of(
                "name",
                "creditCode",
                "county",
                "description",
                "industries",
                "contactName",
                "contactPhone",
                "version")) {
            profile.put(key, current.get(key));
        }
        profile.put(field, value);
        return profile;
    }

    private void refused(String path, String action, String current, List<String> allowed, UUID revisionId) {
        Map<?, ?> problem = Steps.take(bureau, path, action, Map.of("revisionId", revisionId), HttpStatus.CONFLICT);
        assertThat(problem.get("currentStatus")).isEqualTo(current);
        assertThat(Steps.list(problem.get("allowedActions"))).containsExactlyInAnyOrderElementsOf(allowed);
    }

    private void refused(String path, String action, String current, List<String> allowed) {
        boolean dated = action.equals("PUBLICIZE") || action.equals("WARN");
        Map<?, ?> problem = take(bureau, path, action, "试试", dated ? TODAY : null, HttpStatus.CONFLICT);
        assertThat(problem.get("currentStatus")).isEqualTo(current);
        assertThat(Steps.list(problem.get("allowedActions"))).containsExactlyInAnyOrderElementsOf(allowed);
    }

    private void assertAudited(UUID id, String... actions) {
        Map<?, ?> entries =
                Requests.get(bureau, "/api/v1/admin/audit?entityType=PROVIDER&entityId=" + id, HttpStatus.OK);
        assertThat(Steps.each(entries.get("items"), "action")).contains((Object[]) actions);
        bureau.get()
                .uri("/api/v1/admin/audit/verify")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.valid")
                .isEqualTo(true);
    }
}
