package cn.xkqz.api.security;

import static cn.xkqz.api.pilot.PilotSteps.TODAY;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import cn.xkqz.api.pilot.PilotSteps;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The pilot programme's rows of the matrix in docs/security.md: experts, projects, acceptance and
 * performance, with real tokens. P is enterprise E1's project with provider A, waiting for acceptance
 * by the panel X1–X3; XO is an expert off that panel.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PilotAuthorizationMatrixTest {

    @Autowired
    WebTestClient anonymous;

    final Map<String, UUID> ids = new HashMap<>();

    @BeforeAll
    void createTheWorld() {
        Requests.awaitReadiness(anonymous);
        WebTestClient bureau = Tokens.bureau(anonymous);
        Map<String, UUID> a = PilotSteps.provider(bureau, "试点矩阵甲");
        ids.put("A", a.get("P1"));
        ids.put("B", PilotSteps.provider(bureau, "试点矩阵乙").get("P1"));
        ids.put("E1", PilotSteps.enterprise(bureau, "试点矩阵企业一"));
        ids.put("E2", PilotSteps.enterprise(bureau, "试点矩阵企业二"));
        for (String expert : List.of("X1", "X2", "X3", "XO")) {
            ids.put(expert, PilotSteps.expert(bureau, "试点矩阵专家" + expert, null));
        }
        UUID project = PilotSteps.open(bureau, PilotSteps.project(ids.get("E1"), ids.get("A"), a.get("S1"), TODAY));
        ids.put("P", project);
        PilotSteps.step(Tokens.as(anonymous, "PROVIDER", ids.get("A")), project, "CONFIRM", Map.of(), HttpStatus.OK);
        PilotSteps.step(bureau, project, "REQUEST_ACCEPTANCE", Map.of(), HttpStatus.OK);
        Requests.put(
                bureau,
                "/api/v1/projects/" + project + "/acceptance/panel",
                Map.of("expertIds", List.of(ids.get("X1"), ids.get("X2"), ids.get("X3"))),
                HttpStatus.OK);
        spreading(bureau, a.get("S1"));
    }

    /** What {@link SpreadingMatrixRows} names: provider A's solution, a chain case, an upcoming event with E1. */
    private void spreading(WebTestClient bureau, UUID solution) {
        ids.put("SOL", solution);
        Map<String, Object> chain = Map.of(
                "title", "矩阵链式",
                "leadEnterpriseId", ids.get("E1"),
                "memberEnterpriseIds", List.of(ids.get("E2")),
                "model", "SUPPLY_CHAIN",
                "summary", "矩阵测试");
        ids.put(
                "CC",
                PilotSteps.uuid(Requests.post(bureau, "/api/v1/chain-cases", chain, HttpStatus.CREATED)
                        .get("id")));
        Map<String, Object> event = Map.of(
                "title",
                "矩阵对接会",
                "type",
                "MATCHMAKING",
                "date",
                TODAY.plusDays(7).toString(),
                "county",
                "红旗区");
        UUID id = PilotSteps.uuid(Requests.post(bureau, "/api/v1/events", event, HttpStatus.CREATED)
                .get("id"));
        ids.put("EV", id);
        Requests.post(
                Tokens.as(anonymous, "ENTERPRISE", ids.get("E1")),
                "/api/v1/events/" + id + "/registrations",
                Map.of(),
                HttpStatus.CREATED);
    }

    Stream<Arguments> matrix() {
        return Stream.of(pilotRows(), SpreadingMatrixRows.rows(), AlertMatrixRows.rows())
                .flatMap(rows -> rows);
    }

    private Stream<Arguments> pilotRows() {
        Map<String, Object> review = PilotSteps.review(2, true);
        Map<String, Object> confirm = Map.of("action", "CONFIRM", "comment", "矩阵测试");
        Map<String, Object> progress = Map.of("action", "REPORT_PROGRESS", "percent", 50);
        Map<String, Object> rating = Map.of("score", 3);
        Map<String, Object> panel = Map.of("expertIds", List.of("@X1", "@X2", "@X3"));
        Map<String, Object> decision = Map.of("postLevel", 2, "actualSpendYuan", 1);
        Map<String, Object> budget = Map.of("budgetYuan", 1, "version", 0);
        Map<String, Object> loan = Map.of("enterpriseId", "@E1", "year", 2026, "interestYuan", 1);
        Map<String, Object> approve = Map.of("action", "APPROVE");
        return Stream.of(
                row("ANONYMOUS", null, "GET", "/api/v1/experts", null, 401),
                row("ANONYMOUS", null, "GET", "/api/v1/projects", null, 401),
                row("ANONYMOUS", null, "GET", "/api/v1/projects/P", null, 401),
                row("ANONYMOUS", null, "GET", "/api/v1/providers/A/performance", null, 200),
                row("ANONYMOUS", null, "GET", "/api/v1/pilot/providers-to-review", null, 401),
                row("ANONYMOUS", null, "GET", "/api/v1/funds", null, 401),
                row("ANONYMOUS", null, "GET", "/api/v1/subsidy-claims", null, 401),
                row("ANONYMOUS", null, "GET", "/api/v1/pilot/dashboard", null, 401),
                // funds and claims: bureau staff move money; parties read their own claims
                row("PROVIDER", "A", "GET", "/api/v1/funds", null, 403),
                row("PROVIDER", "A", "PUT", "/api/v1/funds/DIAGNOSIS_FEE", budget, 403),
                row("PROVIDER", "A", "GET", "/api/v1/subsidy-claims", null, 200),
                row("PROVIDER", "A", "GET", "/api/v1/subsidy-claims?providerId=@B", null, 403),
                row("PROVIDER", "A", "POST", "/api/v1/subsidy-claims/loan-interest", loan, 403),
                row("PROVIDER", "A", "GET", "/api/v1/pilot/dashboard", null, 403),
                row("ENTERPRISE", "E1", "GET", "/api/v1/subsidy-claims", null, 200),
                row("ENTERPRISE", "E1", "GET", "/api/v1/subsidy-claims?enterpriseId=@E2", null, 403),
                row(
                        "ENTERPRISE",
                        "E1",
                        "POST",
                        "/api/v1/subsidy-claims/" + UUID.randomUUID() + "/transitions",
                        approve,
                        403),
                row(
                        "ENTERPRISE",
                        "E1",
                        "GET",
                        "/api/v1/subsidy-claims/" + UUID.randomUUID() + "/transitions",
                        null,
                        403),
                row("EXPERT", "X1", "GET", "/api/v1/subsidy-claims", null, 403),
                row("EXPERT", "X1", "GET", "/api/v1/pilot/dashboard", null, 403),
                row("BUREAU", null, "GET", "/api/v1/funds", null, 200),
                row("BUREAU", null, "GET", "/api/v1/funds/TRAINING", null, 200),
                row("ENTERPRISE", "E1", "GET", "/api/v1/funds/TRAINING", null, 403),
                row("BUREAU", null, "GET", "/api/v1/pilot/dashboard?year=2026", null, 200),
                row("BUREAU", null, "GET", "/api/v1/pilot/dashboard.xlsx", null, 200),
                row("PROVIDER", "A", "GET", "/api/v1/pilot/dashboard.xlsx", null, 403),
                row("BUREAU", null, "GET", "/api/v1/subsidy-claims?fund=TRANSFORMATION", null, 200),
                // provider A: its own project, not the bureau's or the experts' steps
                row("PROVIDER", "A", "GET", "/api/v1/projects/P", null, 200),
                row("PROVIDER", "A", "GET", "/api/v1/projects/P/transitions", null, 200),
                row("PROVIDER", "A", "GET", "/api/v1/projects/P/acceptance", null, 200),
                row("PROVIDER", "A", "GET", "/api/v1/projects?enterpriseId=@E1", null, 200),
                row("PROVIDER", "A", "GET", "/api/v1/projects?providerId=@B", null, 403),
                row("PROVIDER", "A", "POST", "/api/v1/projects", project("E1", "A"), 403),
                row("PROVIDER", "A", "PUT", "/api/v1/projects/P/acceptance/panel", panel, 403),
                row("PROVIDER", "A", "POST", "/api/v1/projects/P/acceptance/decision", decision, 403),
                row("PROVIDER", "A", "POST", "/api/v1/projects/P/acceptance/reviews", review, 403),
                row("PROVIDER", "A", "POST", "/api/v1/projects/P/rating", rating, 403),
                row("PROVIDER", "A", "GET", "/api/v1/experts", null, 403),
                row("PROVIDER", "A", "GET", "/api/v1/pilot/providers-to-review", null, 403),
                row("PROVIDER", "A", "GET", "/api/v1/providers/A/expert-reviews", null, 200),
                row("PROVIDER", "A", "GET", "/api/v1/providers/B/expert-reviews", null, 403),
                // provider B may neither see nor move provider A's project
                row("PROVIDER", "B", "GET", "/api/v1/projects/P", null, 403),
                row("PROVIDER", "B", "POST", "/api/v1/projects/P/transitions", confirm, 403),
                row("PROVIDER", "B", "POST", "/api/v1/projects/P/transitions", progress, 403),
                // enterprise 1 owns P; enterprise 2 sees only its own
                row("ENTERPRISE", "E1", "GET", "/api/v1/projects/P", null, 200),
                row("ENTERPRISE", "E1", "POST", "/api/v1/projects/P/transitions", confirm, 403),
                row("ENTERPRISE", "E1", "POST", "/api/v1/projects", project("E2", "A"), 403),
                row("ENTERPRISE", "E1", "POST", "/api/v1/projects/P/acceptance/reviews", review, 403),
                row("ENTERPRISE", "E2", "GET", "/api/v1/projects/P", null, 403),
                row("ENTERPRISE", "E2", "GET", "/api/v1/projects/P/acceptance", null, 403),
                row("ENTERPRISE", "E2", "GET", "/api/v1/projects?enterpriseId=@E1", null, 403),
                row("ENTERPRISE", "E2", "GET", "/api/v1/projects", null, 200),
                row("ENTERPRISE", "E2", "POST", "/api/v1/projects/P/rating", rating, 403),
                // experts: the panel reads the project; only the expert itself reads its record
                row("EXPERT", "X1", "GET", "/api/v1/projects/P", null, 200),
                row("EXPERT", "X1", "GET", "/api/v1/projects/P/acceptance", null, 200),
                row("EXPERT", "X1", "GET", "/api/v1/projects", null, 200),
                row("EXPERT", "X1", "GET", "/api/v1/experts/X1", null, 200),
                row("EXPERT", "X1", "GET", "/api/v1/experts/X2", null, 403),
                row("EXPERT", "X1", "GET", "/api/v1/experts", null, 403),
                row("EXPERT", "X1", "POST", "/api/v1/experts/X2/conflicts", conflict("A"), 403),
                row("EXPERT", "X1", "PUT", "/api/v1/projects/P/acceptance/panel", panel, 403),
                row("EXPERT", "X1", "POST", "/api/v1/projects/P/transitions", confirm, 403),
                row("EXPERT", "X1", "POST", "/api/v1/projects", project("E1", "A"), 403),
                row("EXPERT", "X1", "GET", "/api/v1/enterprises/E1", null, 403),
                row("EXPERT", "XO", "GET", "/api/v1/projects/P", null, 403),
                row("EXPERT", "XO", "POST", "/api/v1/projects/P/acceptance/reviews", review, 403),
                row("EXPERT", "XO", "POST", "/api/v1/experts/XO/conflicts", conflict("B"), 200),
                // bureau staff: everything but the experts' and the enterprise's own acts
                row("BUREAU", null, "GET", "/api/v1/experts?field=工业互联网", null, 200),
                row("BUREAU", null, "GET", "/api/v1/pilot/providers-to-review", null, 200),
                row("BUREAU", null, "GET", "/api/v1/projects?overdue=true", null, 200),
                row("BUREAU", null, "GET", "/api/v1/projects/P/acceptance", null, 200),
                row("BUREAU", null, "POST", "/api/v1/projects/P/acceptance/reviews", review, 403),
                row("BUREAU", null, "POST", "/api/v1/projects/P/rating", rating, 403),
                row("BUREAU", null, "POST", "/api/v1/providers/A/expert-reviews", vetting(), 403));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} -> {5}")
    @MethodSource("matrix")
    void theMatrixHolds(String role, String org, String method, String path, Object body, int status) {
        WebTestClient client =
                role.equals("ANONYMOUS") ? anonymous : Tokens.as(anonymous, role, org == null ? null : ids.get(org));
        WebTestClient.RequestBodySpec request =
                client.method(HttpMethod.valueOf(method)).uri(resolve(path));
        WebTestClient.ResponseSpec response = body == null
                ? request.exchange()
                : request.bodyValue(resolved(body)).exchange();
        response.expectStatus().isEqualTo(status);
        if (status == 401 || status == 403) {
            response.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    private static Map<String, Object> project(String enterprise, String provider) {
        return Map.of(
                "enterpriseId",
                "@" + enterprise,
                "providerId",
                "@" + provider,
                "solutionIds",
                List.of(),
                "plannedSpendYuan",
                1,
                "targetLevel",
                2,
                "startDate",
                TODAY.toString(),
                "plannedEndDate",
                TODAY.toString());
    }

    private static Map<String, Object> conflict(String org) {
        return Map.of("orgId", "@" + org, "reason", "矩阵测试");
    }

    private static Map<String, Object> vetting() {
        return Map.of("score", 80, "pass", true, "comment", "矩阵测试");
    }

    private Object resolved(Object body) {
        if (body instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new HashMap<>();
            map.forEach((k, v) -> copy.put(k, resolved(v)));
            return copy;
        }
        if (body instanceof List<?> list) {
            return list.stream().map(this::resolved).toList();
        }
        return body instanceof String text ? resolve(text) : body;
    }

    /** "/X1" and "@X1" name the records made above; longer names first, so "/XO" is not "/X" + "O". */
    private String resolve(String text) {
        String resolved = text;
        for (String name : List.of("SOL", "CC", "EV", "XO", "X1", "X2", "X3", "E1", "E2", "A", "B", "P")) {
            resolved = resolved.replace("/" + name, "/" + ids.get(name))
                    .replace("@" + name, ids.get(name).toString());
        }
        return resolved;
    }

    private static Arguments row(String role, String org, String method, String path, Object body, int status) {
        return Arguments.of(role, org, method, path, body, status);
    }
}
