package cn.xkqz.api.pilot;

import static cn.xkqz.api.pilot.PilotSteps.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Bad input to the pilot's endpoints: 400 naming each bad field in Chinese, and nothing stored (the
 * lists and the project read afterwards are as before).
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PilotInputApiTest {

    @Autowired
    WebTestClient anonymous;

    WebTestClient bureau;
    Map<String, UUID> pool;
    UUID enterprise;
    UUID project;

    @BeforeAll
    void world() {
        Requests.awaitReadiness(anonymous);
        bureau = Tokens.bureau(anonymous);
        pool = PilotSteps.provider(bureau, "输入校验");
        enterprise = PilotSteps.enterprise(bureau, "输入校验企业");
        project = PilotSteps.open(bureau, PilotSteps.project(enterprise, pool.get("P1"), pool.get("S1"), TODAY));
    }

    @Test
    void badProjectsAreRefusedFieldByFieldAndNotOpened() {
        assertRefused(p -> p.put("plannedEndDate", TODAY.minusMonths(3).toString()), "plannedEndDate", "不能早于开始日期");
        assertRefused(
                p -> p.put(
                        "milestones",
                        List.of(Map.of(
                                "name", "过早", "dueDate", TODAY.minusYears(1).toString()))),
                "milestones[0].dueDate",
                "须在项目开始日期");
        assertRefused(p -> p.put("solutionIds", List.of(pool.get("S1"), pool.get("S1"))), "solutionIds", "不能重复");
        assertRefused(p -> p.put("targetLevel", 1), "targetLevel", "2");
        assertRefused(p -> p.put("plannedSpendYuan", -1), "plannedSpendYuan", "");
        assertRefused(p -> p.put("enterpriseId", UUID.randomUUID()), "enterpriseId", "未知的企业");
        assertRefused(p -> p.put("solutionIds", List.of(UUID.randomUUID())), "solutionIds[0]", "未知的方案");
        UUID others = PilotSteps.provider(bureau, "输入校验乙").get("S1");
        assertRefused(p -> p.put("solutionIds", List.of(others)), "solutionIds[0]", "不属于该服务商");
        Map<?, ?> mine = Requests.get(bureau, "/api/v1/projects?enterpriseId=" + enterprise, HttpStatus.OK);
        assertThat(mine.get("total")).isEqualTo(1);
    }

    @Test
    void badStepsAndAcceptanceRequestsChangeNothing() {
        String path = "/api/v1/projects/" + project;
        WebTestClient provider = Tokens.as(anonymous, "PROVIDER", pool.get("P1"));
        assertField(PilotSteps.step(provider, project, "FLY", Map.of(), HttpStatus.BAD_REQUEST), "action", "未知的操作");
        assertField(
                PilotSteps.step(provider, project, "CONFIRM", Map.of("percent", 10), HttpStatus.BAD_REQUEST),
                "percent",
                "只有 REPORT_PROGRESS");
        assertField(
                PilotSteps.step(bureau, project, "CANCEL", Map.of("comment", " "), HttpStatus.BAD_REQUEST),
                "comment",
                "理由");
        assertField(
                Requests.put(
                        bureau,
                        path + "/acceptance/panel",
                        Map.of("expertIds", List.of(UUID.randomUUID())),
                        HttpStatus.BAD_REQUEST),
                "expertIds",
                "");
        assertField(
                Requests.post(
                        bureau,
                        path + "/acceptance/decision",
                        Map.of("postLevel", 5, "actualSpendYuan", -1),
                        HttpStatus.BAD_REQUEST),
                "postLevel",
                "");
        assertField(
                Requests.post(
                        Tokens.as(anonymous, "ENTERPRISE", enterprise),
                        path + "/rating",
                        Map.of("score", 6),
                        HttpStatus.BAD_REQUEST),
                "score",
                "");
        Map<?, ?> unchanged = Requests.get(bureau, path + "/transitions", HttpStatus.OK);
        assertThat(unchanged.get("status")).isEqualTo("PLANNED");
        assertThat((List<?>) unchanged.get("history")).isEmpty();
    }

    @Test
    void badExpertsAreRefusedAndNotAdded() {
        Object before =
                Requests.get(bureau, "/api/v1/experts?size=1", HttpStatus.OK).get("total");
        Map<String, Object> expert =
                new HashMap<>(Map.of("name", "校验专家", "fields", List.of("炼金术"), "organization", "某大学"));
        assertField(Requests.post(bureau, "/api/v1/experts", expert, HttpStatus.BAD_REQUEST), "fields[0]", "未知的专业领域");
        expert.put("fields", List.of("财务"));
        expert.put("providerId", UUID.randomUUID());
        assertField(Requests.post(bureau, "/api/v1/experts", expert, HttpStatus.BAD_REQUEST), "providerId", "未知的服务商");
        expert.remove("providerId");
        expert.put("conflicts", List.of(Map.of("orgId", UUID.randomUUID(), "reason", "亲属任职")));
        assertField(
                Requests.post(bureau, "/api/v1/experts", expert, HttpStatus.BAD_REQUEST),
                "conflicts[0].orgId",
                "未知的服务商或企业");
        assertField(Requests.get(bureau, "/api/v1/experts?field=炼金术", HttpStatus.BAD_REQUEST), "field", "可选");
        assertThat(Requests.get(bureau, "/api/v1/experts?size=1", HttpStatus.OK).get("total"))
                .isEqualTo(before);
    }

    private void assertRefused(Consumer<Map<String, Object>> spoil, String field, String message) {
        Map<String, Object> bad = PilotSteps.project(enterprise, pool.get("P1"), pool.get("S1"), TODAY);
        spoil.accept(bad);
        assertField(Requests.post(bureau, "/api/v1/projects", bad, HttpStatus.BAD_REQUEST), field, message);
    }

    private static void assertField(Map<?, ?> problem, String field, String message) {
        List<?> errors = (List<?>) problem.get("errors");
        assertThat(errors).as("%s in %s", field, problem).anySatisfy(error -> {
            assertThat(((Map<?, ?>) error).get("field")).isEqualTo(field);
            assertThat((String) ((Map<?, ?>) error).get("message"))
                    .contains(message)
                    .matches(".*\\p{IsHan}.*");
        });
    }
}
