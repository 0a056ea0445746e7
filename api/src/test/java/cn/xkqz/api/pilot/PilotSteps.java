package cn.xkqz.api.pilot;

import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import cn.xkqz.api.catalog.ImportFiles;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The pilot's records as a client makes them: imported providers, enterprises, experts, projects. */
public final class PilotSteps {

    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private PilotSteps() {}

    /** An ACTIVE provider with two LISTED solutions: ids under "P1", "S1", "S2". */
    public static Map<String, UUID> provider(WebTestClient bureau, String tag) {
        return provider(bureau, ImportFiles.small(tag));
    }

    /** The provider and solutions of {@code file} (a catalogue import with P1, S1 and S2), imported. */
    public static Map<String, UUID> provider(WebTestClient bureau, Map<String, Object> file) {
        Map<?, ?> result = Requests.post(bureau, "/api/v1/admin/imports/catalog", file, HttpStatus.OK);
        Map<?, ?> providers = (Map<?, ?>) result.get("providers");
        Map<?, ?> solutions = (Map<?, ?>) result.get("solutions");
        return Map.of(
                "P1", uuid(providers.get("P1")),
                "S1", uuid(solutions.get("S1")),
                "S2", uuid(solutions.get("S2")));
    }

    public static UUID enterprise(WebTestClient bureau, String name) {
        return uuid(Requests.post(
                        bureau,
                        "/api/v1/enterprises",
                        ImportFiles.enterprise(name, "NEW_CHEMICALS"),
                        HttpStatus.CREATED)
                .get("id"));
    }

    /** An expert of the pool, affiliated with {@code providerId} when given. */
    public static UUID expert(WebTestClient bureau, String name, @Nullable UUID providerId) {
        Map<String, Object> expert =
                new HashMap<>(Map.of("name", name, "fields", List.of("工业互联网", "智能制造"), "organization", "河南科技学院"));
        expert.put("providerId", providerId);
        return uuid(Requests.post(bureau, "/api/v1/experts", expert, HttpStatus.CREATED)
                .get("id"));
    }

    /** A project of {@code enterprise} with {@code provider}'s solution, one milestone due {@code due}. */
    public static Map<String, Object> project(UUID enterprise, UUID provider, UUID solution, LocalDate due) {
        return new HashMap<>(Map.of(
                "enterpriseId",
                enterprise,
                "providerId",
                provider,
                "solutionIds",
                List.of(solution),
                "plannedSpendYuan",
                600_000,
                "targetLevel",
                2,
                "startDate",
                TODAY.minusMonths(2).toString(),
                "plannedEndDate",
                TODAY.plusMonths(4).toString(),
                "milestones",
                List.of(Map.of("name", "设备联网与数据采集", "dueDate", due.toString()))));
    }

    public static UUID open(WebTestClient client, Map<String, Object> project) {
        return uuid(Requests.post(client, "/api/v1/projects", project, HttpStatus.CREATED)
                .get("id"));
    }

    /** Takes {@code action} on the project, with {@code extra} fields, expecting {@code status}. */
    public static Map<?, ?> step(
            WebTestClient client, UUID project, String action, Map<String, Object> extra, HttpStatus status) {
        Map<String, Object> request = new HashMap<>(Map.of("action", action, "comment", "按计划推进：" + action));
        request.putAll(extra);
        return Requests.post(client, "/api/v1/projects/" + project + "/transitions", request, status);
    }

    /**
     * Takes a fresh project of {@code enterprise} with the provider of {@code pool} through acceptance to
     * the decision (post-level {@code level}, actual spend {@code spend}); the decided project.
     */
    public static Map<?, ?> decided(
            WebTestClient anonymous,
            WebTestClient bureau,
            Map<String, UUID> pool,
            UUID enterprise,
            int level,
            long spend) {
        UUID project = open(bureau, project(enterprise, pool.get("P1"), pool.get("S1"), TODAY.plusDays(1)));
        String path = "/api/v1/projects/" + project;
        step(Tokens.as(anonymous, "PROVIDER", pool.get("P1")), project, "CONFIRM", Map.of(), HttpStatus.OK);
        step(bureau, project, "REQUEST_ACCEPTANCE", Map.of(), HttpStatus.OK);
        List<UUID> panel =
                List.of(expert(bureau, "验收专家甲", null), expert(bureau, "验收专家乙", null), expert(bureau, "验收专家丙", null));
        Requests.put(bureau, path + "/acceptance/panel", Map.of("expertIds", panel), HttpStatus.OK);
        for (UUID expert : panel) {
            Requests.post(
                    Tokens.as(anonymous, "EXPERT", expert),
                    path + "/acceptance/reviews",
                    review(level, level >= 2),
                    HttpStatus.CREATED);
        }
        return Requests.post(
                bureau,
                path + "/acceptance/decision",
                Map.of("postLevel", level, "actualSpendYuan", spend, "comment", "验收结论"),
                HttpStatus.OK);
    }

    public static Map<String, Object> review(int level, boolean pass) {
        return Map.of("assessedLevel", level, "pass", pass, "comment", "现场核验：数据采集与追溯已运行。");
    }

    public static UUID uuid(@Nullable Object value) {
        return UUID.fromString(String.valueOf(value));
    }
}
