package cn.xkqz.api.pilot;

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
 * Showcases of accepted projects and chain cases: only an ACCEPTED project becomes a showcase, once; the
 * public finds it by industry, scene and text, and on its solution's and provider's pages; bad input is
 * refused field by field and stores nothing.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShowcaseApiTest {

    @Autowired
    WebTestClient anonymous;

    WebTestClient bureau;
    Map<String, UUID> pool;
    UUID enterprise;
    UUID accepted;
    String tag;

    @BeforeAll
    void world() {
        Requests.awaitReadiness(anonymous);
        bureau = Tokens.bureau(anonymous);
        tag = "样板" + UUID.randomUUID().toString().substring(0, 8);
        pool = PilotSteps.provider(bureau, tag);
        enterprise = PilotSteps.enterprise(bureau, tag + "企业");
        accepted = PilotSteps.uuid(PilotSteps.decided(anonymous, bureau, pool, enterprise, 3, 500_000)
                .get("id"));
    }

    @Test
    void onlyAnAcceptedProjectBecomesAShowcaseOnceAndThePublicFindsIt() {
        UUID running = PilotSteps.open(
                bureau, PilotSteps.project(enterprise, pool.get("P1"), pool.get("S2"), PilotSteps.TODAY));
        Requests.post(bureau, "/api/v1/showcases", showcase(running), HttpStatus.CONFLICT);

        Map<?, ?> made = Requests.post(bureau, "/api/v1/showcases", showcase(accepted), HttpStatus.CREATED);
        assertThat(made.get("providerId")).isEqualTo(pool.get("P1").toString());
        assertThat(made.get("categoryName")).isEqualTo("智能车间（数字化车间）");
        assertThat(made.get("scenes")).isEqualTo(List.of("SAFETY", "WAREHOUSE_LOGISTICS"));
        assertThat(made.get("postLevel")).isEqualTo(3);
        assertThat((List<?>) made.get("results")).hasSize(2);
        Requests.post(bureau, "/api/v1/showcases", showcase(accepted), HttpStatus.CONFLICT);

        assertThat(total("/api/v1/showcases?q=" + tag)).isEqualTo(1);
        assertThat(total("/api/v1/showcases?q=停机" + tag)).isEqualTo(1);
        assertThat(total("/api/v1/showcases?industry=NEW_CHEMICALS&scene=SAFETY&q=" + tag))
                .isEqualTo(1);
        assertThat(total("/api/v1/showcases?industry=AUTO_PARTS&q=" + tag)).isEqualTo(0);
        assertThat(total("/api/v1/showcases?scene=EQUIPMENT&q=" + tag)).isEqualTo(0);
        assertThat(total("/api/v1/showcases?category=GREEN_FACTORY&q=" + tag)).isEqualTo(0);
        assertThat(total("/api/v1/solutions/" + pool.get("S1") + "/showcases")).isEqualTo(1);
        assertThat(total("/api/v1/solutions/" + pool.get("S2") + "/showcases")).isEqualTo(0);
        assertThat(total("/api/v1/providers/" + pool.get("P1") + "/showcases")).isEqualTo(1);
        Requests.get(anonymous, "/api/v1/showcases/" + made.get("id"), HttpStatus.OK);
        Requests.get(anonymous, "/api/v1/providers/" + UUID.randomUUID() + "/showcases", HttpStatus.NOT_FOUND);
    }

    @Test
    void badShowcasesAreRefusedAndNothingIsStored() {
        String label = "样板乙" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, UUID> otherPool = PilotSteps.provider(bureau, label);
        UUID other = PilotSteps.enterprise(bureau, label + "企业");
        UUID project = PilotSteps.uuid(PilotSteps.decided(anonymous, bureau, otherPool, other, 2, 300_000)
                .get("id"));
        Map<String, Object> good = showcase(project, other, label);
        assertRefused(good, s -> s.put("category", "CASTLE"), "category", "可选");
        assertRefused(good, s -> s.put("results", List.of()), "results", "");
        assertRefused(
                good,
                s -> s.put("results", List.of(Map.of("metric", " ", "before", "1", "after", "2"))),
                "results[0].metric",
                "");
        assertRefused(good, s -> s.put("enterpriseId", enterprise), "enterpriseId", "不是项目");
        assertRefused(good, s -> s.put("projectId", UUID.randomUUID()), "projectId", "未知的项目");
        assertRefused(good, s -> s.put("title", ""), "title", "");
        assertThat(total("/api/v1/showcases?q=" + label)).isEqualTo(0);
        Requests.post(bureau, "/api/v1/showcases", good, HttpStatus.CREATED);
    }

    @Test
    void chainCasesHaveExactlyOneLeadAndKnownMembers() {
        UUID member = PilotSteps.enterprise(bureau, tag + "配套一");
        Map<String, Object> chain = new HashMap<>(Map.of(
                "title",
                tag + "链式",
                "leadProviderId",
                pool.get("P1"),
                "memberEnterpriseIds",
                List.of(member, enterprise),
                "model",
                "PLATFORM",
                "summary",
                "服务商平台带动两家企业上云。"));
        long before = total("/api/v1/chain-cases?size=1");
        Map<String, Object> twoLeads = new HashMap<>(chain);
        twoLeads.put("leadEnterpriseId", enterprise);
        assertField(
                Requests.post(bureau, "/api/v1/chain-cases", twoLeads, HttpStatus.BAD_REQUEST),
                "leadEnterpriseId",
                "只能");
        Map<String, Object> noLead = new HashMap<>(chain);
        noLead.remove("leadProviderId");
        assertField(
                Requests.post(bureau, "/api/v1/chain-cases", noLead, HttpStatus.BAD_REQUEST), "leadEnterpriseId", "须");
        Map<String, Object> unknown = new HashMap<>(chain);
        unknown.put("memberEnterpriseIds", List.of(member, UUID.randomUUID()));
        assertField(
                Requests.post(bureau, "/api/v1/chain-cases", unknown, HttpStatus.BAD_REQUEST),
                "memberEnterpriseIds[1]",
                "未知的企业");
        Map<String, Object> badModel = new HashMap<>(chain);
        badModel.put("model", "MAGIC");
        assertField(Requests.post(bureau, "/api/v1/chain-cases", badModel, HttpStatus.BAD_REQUEST), "model", "可选");
        assertThat(total("/api/v1/chain-cases?size=1")).isEqualTo(before);

        Map<?, ?> made = Requests.post(bureau, "/api/v1/chain-cases", chain, HttpStatus.CREATED);
        Map<?, ?> read = Requests.get(anonymous, "/api/v1/chain-cases/" + made.get("id"), HttpStatus.OK);
        assertThat(read.get("leadName")).isEqualTo(tag + "数字工厂科技");
        assertThat((List<?>) read.get("members")).hasSize(2);
        assertThat(total("/api/v1/chain-cases?model=PLATFORM&size=1")).isPositive();
    }

    private Map<String, Object> showcase(UUID project) {
        return showcase(project, enterprise, tag);
    }

    private static Map<String, Object> showcase(UUID project, UUID of, String label) {
        return new HashMap<>(Map.of(
                "enterpriseId",
                of,
                "projectId",
                project,
                "category",
                "SMART_WORKSHOP",
                "title",
                label + "危化品仓库无人巡检",
                "results",
                List.of(
                        Map.of("metric", "夜间巡检", "before", "每晚 4 次人工", "after", "自动，停机" + label),
                        Map.of("metric", "报警响应", "before", "30 分钟", "after", "2 分钟"))));
    }

    private void assertRefused(
            Map<String, Object> good, Consumer<Map<String, Object>> spoil, String field, String message) {
        Map<String, Object> bad = new HashMap<>(good);
        spoil.accept(bad);
        assertField(Requests.post(bureau, "/api/v1/showcases", bad, HttpStatus.BAD_REQUEST), field, message);
    }

    private long total(String path) {
        return ((Number) Requests.get(anonymous, path, HttpStatus.OK).get("total")).longValue();
    }

    static void assertField(Map<?, ?> problem, String field, String message) {
        List<?> errors = (List<?>) problem.get("errors");
        assertThat(errors).as("%s in %s", field, problem).anySatisfy(error -> {
            assertThat(((Map<?, ?>) error).get("field")).isEqualTo(field);
            assertThat((String) ((Map<?, ?>) error).get("message"))
                    .contains(message)
                    .matches("(?s).*\\p{IsHan}.*");
        });
    }
}
