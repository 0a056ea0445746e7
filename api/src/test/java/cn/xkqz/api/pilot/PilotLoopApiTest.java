package cn.xkqz.api.pilot;

import static cn.xkqz.api.pilot.PilotSteps.TODAY;
import static cn.xkqz.api.pilot.PilotSteps.review;
import static cn.xkqz.api.pilot.PilotSteps.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import cn.xkqz.api.catalog.ImportFiles;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The pilot's loop through the API on real PostgreSQL and Elasticsearch (docs/pilot.md): assign a
 * diagnosis, the provider diagnoses, matching, a project, its steps, the panel (conflicted experts
 * refused), the reviews, the decision, the rating and the provider's performance.
 */
@ApiTest
class PilotLoopApiTest {

    @Autowired
    WebTestClient anonymous;

    WebTestClient bureau;

    @BeforeEach
    void bureau() {
        Requests.awaitReadiness(anonymous);
        bureau = Tokens.bureau(anonymous);
    }

    @Test
    void fromDiagnosisToAcceptanceToPerformance() {
        Map<String, UUID> pool = PilotSteps.provider(bureau, distinctiveFile());
        UUID provider = pool.get("P1");
        UUID enterprise = PilotSteps.enterprise(bureau, "闭环化工企业");
        WebTestClient asProvider = Tokens.as(anonymous, "PROVIDER", provider);
        WebTestClient asEnterprise = Tokens.as(anonymous, "ENTERPRISE", enterprise);
        String enterprisePath = "/api/v1/enterprises/" + enterprise;

        // Diagnosis: only once assigned may the provider diagnose, and the diagnosis says who did.
        Requests.put(asProvider, enterprisePath + "/diagnosis", diagnosis(), HttpStatus.FORBIDDEN);
        Requests.post(
                bureau, enterprisePath + "/diagnosis-assignments", Map.of("providerId", provider), HttpStatus.CREATED);
        Map<?, ?> diagnosis = Requests.put(asProvider, enterprisePath + "/diagnosis", diagnosis(), HttpStatus.OK);
        assertThat(diagnosis.get("diagnosedBy")).isEqualTo(provider.toString());
        assertThat((String) diagnosis.get("report")).contains("转型诊断报告");

        // Matching finds the provider's warehouse solution for the diagnosed pain point.
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(values(
                                Requests.get(asEnterprise, enterprisePath + "/matches", HttpStatus.OK), "solutionId"))
                        .contains(pool.get("S1").toString()));

        // A project: PLANNED, with the level before from the diagnosis and a milestone due yesterday.
        UUID project = PilotSteps.open(
                asEnterprise, PilotSteps.project(enterprise, provider, pool.get("S1"), TODAY.minusDays(1)));
        String path = "/api/v1/projects/" + project;
        Map<?, ?> planned = Requests.get(bureau, path, HttpStatus.OK);
        assertThat(planned.get("status")).isEqualTo("PLANNED");
        assertThat(planned.get("preLevel")).isEqualTo(1);
        Map<?, ?> refused = step(asEnterprise, project, "REQUEST_ACCEPTANCE", Map.of(), HttpStatus.CONFLICT);
        assertThat(List.<Object>copyOf((List<?>) refused.get("allowedActions")))
                .containsExactlyInAnyOrder("CONFIRM", "CANCEL");
        UUID other = PilotSteps.provider(bureau, "闭环乙").get("P1");
        step(Tokens.as(anonymous, "PROVIDER", other), project, "CONFIRM", Map.of(), HttpStatus.FORBIDDEN);
        assertThat(step(asProvider, project, "CONFIRM", Map.of(), HttpStatus.OK).get("status"))
                .isEqualTo("IMPLEMENTING");

        // The overdue milestone shows to the bureau; reporting it done late keeps it counted as late.
        Map<?, ?> overdue = Requests.get(bureau, "/api/v1/projects?overdue=true&size=100", HttpStatus.OK);
        assertThat(values(overdue, "id")).contains(project.toString());
        Object milestone = ((Map<?, ?>) ((List<?>) planned.get("milestones")).getFirst()).get("id");
        Map<?, ?> reported = step(
                asProvider, project, "REPORT_PROGRESS", Map.of("percent", 60, "milestoneId", milestone), HttpStatus.OK);
        assertThat(reported.get("percent")).isEqualTo(60);
        assertThat(reported.get("lateMilestones")).isEqualTo(1);
        assertThat((List<?>) reported.get("progress")).hasSize(1);
        step(asProvider, project, "REPORT_PROGRESS", Map.of("percent", 40), HttpStatus.CONFLICT);
        assertThat(step(asEnterprise, project, "REQUEST_ACCEPTANCE", Map.of(), HttpStatus.OK)
                        .get("status"))
                .isEqualTo("ACCEPTANCE_REQUESTED");

        // The panel: an expert of the provider, or one who declared a conflict with the enterprise, is refused.
        List<UUID> panel = List.of(
                PilotSteps.expert(bureau, "闭环专家一", null),
                PilotSteps.expert(bureau, "闭环专家二", null),
                PilotSteps.expert(bureau, "闭环专家三", null));
        UUID affiliated = PilotSteps.expert(bureau, "闭环服务商专家", provider);
        UUID declared = PilotSteps.expert(bureau, "闭环申报专家", null);
        Requests.post(
                Tokens.as(anonymous, "EXPERT", declared),
                "/api/v1/experts/" + declared + "/conflicts",
                Map.of("orgId", enterprise, "reason", "曾任该企业技术顾问"),
                HttpStatus.OK);
        for (UUID conflicted : List.of(affiliated, declared)) {
            Map<?, ?> problem = Requests.put(
                    bureau,
                    path + "/acceptance/panel",
                    Map.of("expertIds", List.of(panel.get(0), panel.get(1), conflicted)),
                    HttpStatus.CONFLICT);
            assertThat((String) problem.get("detail")).contains(conflicted.toString());
        }
        Requests.put(bureau, path + "/acceptance/panel", Map.of("expertIds", panel), HttpStatus.OK);
        Requests.post(bureau, path + "/acceptance/decision", decision(3), HttpStatus.CONFLICT);

        // Three reviews, each expert once; an expert off the panel may not review.
        Requests.post(
                Tokens.as(anonymous, "EXPERT", affiliated),
                path + "/acceptance/reviews",
                review(2, true),
                HttpStatus.FORBIDDEN);
        for (int i = 0; i < panel.size(); i++) {
            Requests.post(
                    Tokens.as(anonymous, "EXPERT", panel.get(i)),
                    path + "/acceptance/reviews",
                    review(2 + i % 2, true),
                    HttpStatus.CREATED);
        }
        Requests.post(
                Tokens.as(anonymous, "EXPERT", panel.getFirst()),
                path + "/acceptance/reviews",
                review(2, true),
                HttpStatus.CONFLICT);
        Map<?, ?> ownView =
                Requests.get(Tokens.as(anonymous, "EXPERT", panel.getFirst()), path + "/acceptance", HttpStatus.OK);
        assertThat((List<?>) ownView.get("reviews")).hasSize(1);

        // The decision, the rating, and the provider's figures.
        Map<?, ?> decided = Requests.post(bureau, path + "/acceptance/decision", decision(3), HttpStatus.OK);
        assertThat(decided.get("status")).isEqualTo("ACCEPTED");
        assertThat(decided.get("postLevel")).isEqualTo(3);
        step(asEnterprise, project, "CANCEL", Map.of(), HttpStatus.CONFLICT);
        Requests.post(asEnterprise, path + "/rating", Map.of("score", 4, "comment", "按期交付"), HttpStatus.CREATED);
        Requests.post(asEnterprise, path + "/rating", Map.of("score", 5), HttpStatus.CONFLICT);
        Map<?, ?> performance =
                Requests.get(anonymous, "/api/v1/providers/" + provider + "/performance", HttpStatus.OK);
        assertThat(Stream.of("projects", "accepted", "failed", "lateMilestones")
                        .<Object>map(performance::get)
                        .toList())
                .containsExactly(1, 1, 0, 1);
        assertThat(Stream.of("passRate", "averageLevelGain", "averageRating")
                        .<Object>map(performance::get)
                        .toList())
                .containsExactly(1.0, 2.0, 4.0);
        Map<?, ?> toReview = Requests.get(bureau, "/api/v1/pilot/providers-to-review?size=100", HttpStatus.OK);
        assertThat(values(toReview, "providerId")).contains(provider.toString());

        Map<?, ?> history = Requests.get(asProvider, path + "/transitions", HttpStatus.OK);
        assertThat(values(history, "action"))
                .containsExactly("ACCEPT", "REQUEST_ACCEPTANCE", "REPORT_PROGRESS", "CONFIRM");
        Map<?, ?> audit =
                Requests.get(bureau, "/api/v1/admin/audit?entityType=PROJECT&entityId=" + project, HttpStatus.OK);
        assertThat(values(audit, "action"))
                .contains(
                        "PROJECT_OPENED",
                        "ACCEPTANCE_PANEL_NAMED",
                        "ACCEPTANCE_REVIEWED",
                        "PROJECT_ACCEPT",
                        "PROJECT_RATED");
    }

    /**
     * The pool with S1 about distillation columns, which no other test's solution mentions, so that the
     * match below finds it first whatever else the shared index holds.
     */
    private static Map<String, Object> distinctiveFile() {
        Map<String, Object> file = ImportFiles.small("闭环甲");
        Map<String, Object> column = ImportFiles.solution("S1", "闭环甲蒸馏塔回流比在线优化");
        column.put("summary", "蒸馏塔温度、回流比在线监测与优化，减少能耗和不合格品。");
        column.put("description", "采集蒸馏塔塔顶塔釜温度、压力与回流比，模型给出回流比建议，超限报警。");
        column.put("keywords", List.of("蒸馏塔", "回流比"));
        column.put("scenes", List.of("PRODUCTION_CONTROL", "ENERGY"));
        ((List<Object>) file.get("solutions")).set(0, column);
        return file;
    }

    private static Map<String, Object> diagnosis() {
        return Map.of(
                "level",
                1,
                "budgetYuan",
                300_000,
                "painPoints",
                List.of(Map.of("text", "蒸馏塔回流比全凭老师傅手调，能耗高还常出不合格品", "scene", "PRODUCTION_CONTROL")),
                "demandScenes",
                List.of("PRODUCTION_CONTROL"),
                "report",
                "转型诊断报告：蒸馏工段无在线监测，建议先上蒸馏塔回流比在线优化。");
    }

    private static Map<String, Object> decision(int level) {
        return Map.of("postLevel", level, "actualSpendYuan", 580_000, "comment", "专家组一致通过");
    }

    /** The {@code field} of every item of a page (or of a lifecycle view's history). */
    static List<Object> values(Map<?, ?> page, String field) {
        Object items = page.containsKey("items") ? page.get("items") : page.get("history");
        return ((List<?>) items)
                .stream().<Object>map(item -> ((Map<?, ?>) item).get(field)).toList();
    }
}
