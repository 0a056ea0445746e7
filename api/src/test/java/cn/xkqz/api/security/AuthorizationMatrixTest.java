package cn.xkqz.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import cn.xkqz.api.catalog.ImportFiles;
import cn.xkqz.api.catalog.RosterSheets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;

/** Every row of the matrix in docs/security.md, allowed and forbidden, with real tokens. */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    @Autowired
    WebTestClient anonymous;

    WebTestClient bureau;
    UUID providerA;
    UUID providerB;
    String listedOfA;
    String listedOfB;
    String draftOfA;
    UUID enterprise1;
    UUID enterprise2;
    final Map<String, Object> enterprise1Draft = new HashMap<>();
    final Map<String, Object> enterprise2Draft = new HashMap<>();

    @BeforeAll
    void createTheWorld() {
        Requests.awaitReadiness(anonymous);
        bureau = Tokens.bureau(anonymous);
        Map<?, ?> a = importFile("矩阵甲");
        Map<?, ?> b = importFile("矩阵乙");
        providerA = UUID.fromString((String) ((Map<?, ?>) a.get("providers")).get("P1"));
        providerB = UUID.fromString((String) ((Map<?, ?>) b.get("providers")).get("P1"));
        listedOfA = (String) ((Map<?, ?>) a.get("solutions")).get("S1");
        listedOfB = (String) ((Map<?, ?>) b.get("solutions")).get("S1");
        Map<String, Object> draft = ImportFiles.solution("x", "矩阵甲草稿方案");
        draft.put("providerId", providerA);
        draftOfA = (String) Requests.post(bureau, "/api/v1/solutions", draft, HttpStatus.CREATED)
                .get("id");
        bureau.put()
                .uri("/api/v1/providers/{id}", providerB)
                .bodyValue(provider(providerB, "矩阵乙改名待审"))
                .exchange()
                .expectStatus()
                .isAccepted();
        enterprise1 = enterprise("矩阵企业一", enterprise1Draft);
        enterprise2 = enterprise("矩阵企业二", enterprise2Draft);
        Requests.post(
                bureau,
                "/api/v1/enterprises/" + enterprise1 + "/diagnosis-assignments",
                Map.of("providerId", providerA),
                HttpStatus.CREATED);
        bureau.put()
                .uri("/api/v1/enterprises/{id}/diagnosis", enterprise2)
                .bodyValue(diagnosis())
                .exchange()
                .expectStatus()
                .isOk();
    }

    Stream<Arguments> matrix() {
        return Stream.of(
                // anonymous
                row("ANONYMOUS", null, "GET", "/api/v1/taxonomy/scenes", null, 200),
                row("ANONYMOUS", null, "GET", "/api/v1/search/solutions?q=温湿度", null, 200),
                row("ANONYMOUS", null, "GET", "/api/v1/search/suggest?prefix=危化", null, 200),
                row("ANONYMOUS", null, "POST", "/api/v1/matches", match(), 200),
                row("ANONYMOUS", null, "GET", "/api/v1/solutions/" + listedOfA, null, 200),
                row("ANONYMOUS", null, "GET", "/api/v1/solutions/" + draftOfA, null, 404),
                row("ANONYMOUS", null, "GET", "/api/v1/providers/" + providerA, null, 200),
                row("ANONYMOUS", null, "POST", "/api/v1/admin/imports/catalog", Map.of(), 401),
                row("ANONYMOUS", null, "PUT", "/api/v1/solutions/" + listedOfA, Map.of(), 401),
                row("ANONYMOUS", null, "GET", "/api/v1/enterprises/" + enterprise1, null, 401),
                row("ANONYMOUS", null, "GET", "/api/v1/admin/audit", null, 401),
                row("ANONYMOUS", null, "GET", "/api/v1/enterprises/export.xlsx", null, 401),
                row("ANONYMOUS", null, "POST", "/api/v1/admin/imports/enterprises", roster(), 401),
                row("ANONYMOUS", null, "PUT", "/api/v1/enterprises/E1", Map.of(), 401),
                row("ANONYMOUS", null, "POST", "/api/v1/enterprises/E1/confirmation", null, 401),
                row("ANONYMOUS", null, "POST", "/api/v1/providers/A/transitions", step("PASS_PRELIMINARY"), 401),
                row("ANONYMOUS", null, "GET", "/api/v1/providers/A/transitions", null, 401),
                row("ANONYMOUS", null, "GET", "/api/v1/providers/B/revision", null, 401),
                row("ANONYMOUS", null, "POST", "/api/v1/solutions/" + listedOfA + "/transitions", step("CONFIRM"), 401),
                row("ANONYMOUS", null, "GET", "/api/v1/solutions/" + listedOfA + "/revision", null, 401),
                row("ANONYMOUS", null, "GET", "/api/v1/solutions/" + listedOfA + "/versions", null, 200),
                row(
                        "ANONYMOUS",
                        null,
                        "GET",
                        "/api/v1/solutions/compare?ids=" + listedOfA + "," + listedOfB,
                        null,
                        200),
                row(
                        "ANONYMOUS",
                        null,
                        "POST",
                        "/api/v1/subsidies/estimate",
                        Map.of("spendYuan", 1, "expectedLevel", 2),
                        200),
                row("ANONYMOUS", null, "GET", "/api/v1/recommended-lists", null, 200),
                row("ANONYMOUS", null, "POST", "/api/v1/recommended-lists", recommendedList(), 401),
                row("ANONYMOUS", null, "GET", "/api/v1/admin/search/status", null, 401),
                row("ANONYMOUS", null, "GET", "/api/v1/admin/search/parked", null, 401),
                // HEAD needs what GET needs; an unknown path is 404 for everyone, known ones 401 as before
                row("ANONYMOUS", null, "HEAD", "/api/v1/taxonomy/scenes", null, 200),
                row("ANONYMOUS", null, "HEAD", "/api/v1/solutions/" + listedOfA, null, 200),
                row("ANONYMOUS", null, "HEAD", "/api/v1/enterprises/E1", null, 401),
                row("ANONYMOUS", null, "HEAD", "/api/v1/admin/audit", null, 401),
                row("ANONYMOUS", null, "GET", "/api/v1/admin/no-such-endpoint", null, 404),
                row("ANONYMOUS", null, "POST", "/api/v1/enterprises/E1/no-such-endpoint", Map.of(), 404),
                // provider A
                // an ACTIVE provider's new name waits for review (202)
                row("PROVIDER", "A", "PUT", "/api/v1/providers/A", provider(providerA, "矩阵甲数字工厂科技改"), 202),
                row("PROVIDER", "A", "PUT", "/api/v1/providers/B", provider(providerA, "越权改名"), 403),
                row("PROVIDER", "A", "GET", "/api/v1/providers/A/revision", null, 200),
                row("PROVIDER", "A", "GET", "/api/v1/providers/B/revision", null, 403),
                row("PROVIDER", "A", "POST", "/api/v1/providers/A/transitions", step("APPROVE_REVISION"), 403),
                row("PROVIDER", "A", "POST", "/api/v1/solutions", solution("A", "矩阵甲新方案"), 201),
                row("PROVIDER", "A", "POST", "/api/v1/solutions", solution("B", "越权新方案"), 403),
                row("PROVIDER", "A", "PUT", "/api/v1/solutions/" + listedOfB, Map.of("version", 1), 403),
                row("PROVIDER", "A", "GET", "/api/v1/solutions/" + draftOfA, null, 200),
                // provider A is assigned to diagnose enterprise 1 (not 2)
                row("PROVIDER", "A", "GET", "/api/v1/enterprises/E1", null, 200),
                row("PROVIDER", "A", "GET", "/api/v1/enterprises/E2", null, 403),
                row("PROVIDER", "B", "GET", "/api/v1/enterprises/E1", null, 403),
                row("PROVIDER", "A", "PUT", "/api/v1/enterprises/E1/diagnosis", diagnosis(), 200),
                row("PROVIDER", "A", "GET", "/api/v1/enterprises/E1/diagnoses", null, 200),
                row("PROVIDER", "A", "PUT", "/api/v1/enterprises/E2/diagnosis", diagnosis(), 403),
                row("PROVIDER", "A", "GET", "/api/v1/enterprises/E1/diagnosis-assignments", null, 403),
                row("PROVIDER", "A", "POST", "/api/v1/enterprises/E2/diagnosis-assignments", assignment("A"), 403),
                row("PROVIDER", "A", "GET", "/api/v1/enterprises/E2/diagnosis", null, 403),
                row("PROVIDER", "A", "GET", "/api/v1/enterprises/E2/diagnoses", null, 403),
                row("PROVIDER", "A", "HEAD", "/api/v1/enterprises/E1", null, 200),
                row("PROVIDER", "A", "GET", "/api/v1/enterprises/export.xlsx", null, 403),
                row("PROVIDER", "A", "POST", "/api/v1/admin/imports/enterprises", roster(), 403),
                row("PROVIDER", "A", "PUT", "/api/v1/enterprises/E1", Map.of(), 403),
                row("PROVIDER", "A", "POST", "/api/v1/enterprises/E1/confirmation", null, 403),
                row("PROVIDER", "A", "GET", "/api/v1/admin/search/parked", null, 403),
                row("PROVIDER", "A", "POST", "/api/v1/admin/imports/catalog", Map.of(), 403),
                row("PROVIDER", "A", "GET", "/api/v1/admin/audit", null, 403),
                row("PROVIDER", "A", "POST", "/api/v1/providers/A/transitions", step("PASS_PRELIMINARY"), 403),
                row("PROVIDER", "A", "POST", "/api/v1/providers/B/transitions", step("APPEAL"), 403),
                row("PROVIDER", "A", "GET", "/api/v1/providers/A/transitions", null, 200),
                row("PROVIDER", "A", "GET", "/api/v1/providers/B/transitions", null, 403),
                row("PROVIDER", "A", "POST", "/api/v1/solutions/" + listedOfA + "/transitions", step("CONFIRM"), 200),
                row("PROVIDER", "A", "POST", "/api/v1/solutions/" + listedOfB + "/transitions", step("CONFIRM"), 403),
                row("PROVIDER", "A", "POST", "/api/v1/solutions/" + listedOfA + "/transitions", step("APPROVE"), 403),
                row("PROVIDER", "A", "POST", "/api/v1/recommended-lists", recommendedList(), 403),
                // enterprise 1
                row("ENTERPRISE", "E1", "GET", "/api/v1/enterprises/E1", null, 200),
                row("ENTERPRISE", "E1", "GET", "/api/v1/enterprises/E2", null, 403),
                row("ENTERPRISE", "E1", "HEAD", "/api/v1/enterprises/E2", null, 403),
                row("ENTERPRISE", "E1", "GET", "/api/v1/enterprises/E1/diagnoses", null, 200),
                row("ENTERPRISE", "E1", "GET", "/api/v1/enterprises/E2/diagnoses", null, 403),
                row("ENTERPRISE", "E1", "GET", "/api/v1/enterprises/E1/diagnosis-assignments", null, 200),
                row("ENTERPRISE", "E1", "GET", "/api/v1/enterprises/E2/diagnosis-assignments", null, 403),
                row("ENTERPRISE", "E1", "POST", "/api/v1/enterprises/E1/diagnosis-assignments", assignment("B"), 403),
                row("ENTERPRISE", "E1", "GET", "/api/v1/providers/B/revision", null, 403),
                row("ENTERPRISE", "E1", "PUT", "/api/v1/enterprises/E1/diagnosis", diagnosis(), 200),
                row("ENTERPRISE", "E1", "PUT", "/api/v1/enterprises/E2/diagnosis", diagnosis(), 403),
                row("ENTERPRISE", "E1", "GET", "/api/v1/enterprises/E2/diagnosis", null, 403),
                row("ENTERPRISE", "E1", "GET", "/api/v1/enterprises/E2/matches", null, 403),
                row("ENTERPRISE", "E1", "GET", "/api/v1/enterprises", null, 403),
                row("ENTERPRISE", "E1", "PUT", "/api/v1/enterprises/E2", Map.of("version", 0), 403),
                row("ENTERPRISE", "E1", "PUT", "/api/v1/enterprises/E1", edit(enterprise1Draft), 200),
                row("ENTERPRISE", "E1", "POST", "/api/v1/enterprises/E1/confirmation", null, 403),
                row("ENTERPRISE", "E1", "GET", "/api/v1/enterprises/export.xlsx", null, 403),
                row("ENTERPRISE", "E1", "POST", "/api/v1/admin/imports/enterprises", roster(), 403),
                row("ENTERPRISE", "E1", "POST", "/api/v1/solutions", solution("A", "企业越权方案"), 403),
                row("ENTERPRISE", "E1", "POST", "/api/v1/admin/imports/catalog", Map.of(), 403),
                row(
                        "ENTERPRISE",
                        "E1",
                        "POST",
                        "/api/v1/solutions/" + listedOfA + "/transitions",
                        step("CONFIRM"),
                        403),
                row("ENTERPRISE", "E1", "POST", "/api/v1/recommended-lists", recommendedList(), 403),
                // bureau
                row("BUREAU", null, "GET", "/api/v1/admin/audit", null, 200),
                row("BUREAU", null, "GET", "/api/v1/admin/audit/verify", null, 200),
                row("BUREAU", null, "GET", "/api/v1/admin/search/status", null, 200),
                row("BUREAU", null, "GET", "/api/v1/admin/search/parked", null, 200),
                row("BUREAU", null, "GET", "/api/v1/enterprises/E2/diagnoses", null, 200),
                row("BUREAU", null, "GET", "/api/v1/enterprises/E2/diagnosis", null, 200),
                row("BUREAU", null, "GET", "/api/v1/enterprises/E2/matches", null, 200),
                row("BUREAU", null, "GET", "/api/v1/solutions/" + draftOfA, null, 200),
                row("BUREAU", null, "GET", "/api/v1/enterprises", null, 200),
                row("BUREAU", null, "GET", "/api/v1/enterprises/export.xlsx?county=新乡县", null, 200),
                row("BUREAU", null, "POST", "/api/v1/admin/imports/enterprises", roster(), 200),
                row("BUREAU", null, "PUT", "/api/v1/enterprises/E2", edit(enterprise2Draft), 200),
                row("BUREAU", null, "POST", "/api/v1/enterprises/E2/confirmation", null, 409),
                row("BUREAU", null, "GET", "/api/v1/providers/B/transitions", null, 200),
                row("BUREAU", null, "GET", "/api/v1/providers/B/revision", null, 200),
                row("BUREAU", null, "POST", "/api/v1/recommended-lists", recommendedList(), 201),
                row("BUREAU", null, "POST", "/api/v1/enterprises/E2/diagnosis-assignments", assignment("B"), 201),
                row("BUREAU", null, "GET", "/api/v1/enterprises/E2/diagnosis-assignments", null, 200));
    }

    /** The enterprise's own fields at the version it was created with, its county changed. */
    private static Map<String, Object> edit(Map<String, Object> draft) {
        Map<String, Object> edit = new HashMap<>(draft);
        edit.put("county", "长垣市");
        return edit;
    }

    /** A one-row roster sheet, uploaded as multipart. */
    private static MultiValueMap<String, HttpEntity<?>> roster() {
        return RosterSheets.upload(RosterSheets.xlsx(
                RosterSheets.HEADERS, List.of(RosterSheets.row("矩阵名录企业", ImportFiles.creditCode(), "矩阵县"))));
    }

    private static Map<String, Object> step(String action) {
        return Map.of("action", action, "comment", "矩阵测试");
    }

    private static Map<String, Object> assignment(String provider) {
        return Map.of("providerId", "@" + provider);
    }

    private static Map<String, Object> recommendedList() {
        return Map.of("title", "矩阵测试清单", "period", "2026");
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} -> {5}")
    @MethodSource("matrix")
    void theMatrixHolds(String role, String org, String method, String path, Object body, int status) {
        WebTestClient client = role.equals("ANONYMOUS") ? anonymous : Tokens.as(anonymous, role, org(org));
        WebTestClient.RequestBodySpec request =
                client.method(HttpMethod.valueOf(method)).uri(resolve(path));
        WebTestClient.ResponseSpec response = body == null
                ? request.exchange()
                : request.bodyValue(
                                body instanceof Map<?, ?> map && !(body instanceof MultiValueMap)
                                        ? resolved(map)
                                        : body)
                        .exchange();
        response.expectStatus().isEqualTo(status);
        if (status == 401 || status == 403) {
            response.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void onlyTheProvidersAssignedToDiagnoseAnEnterpriseSeeItAndThenWhole() {
        String path = "/api/v1/enterprises/" + enterprise1;
        Map<?, ?> asAssigned = Requests.get(Tokens.as(anonymous, "PROVIDER", providerA), path, HttpStatus.OK);
        Map<?, ?> asItself = Requests.get(Tokens.as(anonymous, "ENTERPRISE", enterprise1), path, HttpStatus.OK);

        assertThat(asAssigned).isEqualTo(asItself).isEqualTo(Requests.get(bureau, path, HttpStatus.OK));
        assertThat(asAssigned.get("contactPhone")).isEqualTo("13800001111");
        Requests.get(Tokens.as(anonymous, "PROVIDER", providerB), path, HttpStatus.FORBIDDEN);
        assertThat(ids(Requests.get(
                        Tokens.as(anonymous, "PROVIDER", providerA), "/api/v1/enterprises?size=100", HttpStatus.OK)))
                .contains(enterprise1.toString())
                .doesNotContain(enterprise2.toString());
    }

    @Test
    void providerContactsAreMaskedForAllButTheProviderAndTheBureau() {
        String path = "/api/v1/providers/" + providerA;
        Map<?, ?> whole = Requests.get(Tokens.as(anonymous, "PROVIDER", providerA), path, HttpStatus.OK);
        assertThat(whole.get("contactName")).isEqualTo("赵工");
        assertThat(whole.get("contactPhone")).isEqualTo("0373-6251234");
        assertThat(Requests.get(bureau, path, HttpStatus.OK).get("contactPhone"))
                .isEqualTo("0373-6251234");
        for (WebTestClient other : List.of(
                anonymous,
                Tokens.as(anonymous, "PROVIDER", providerB),
                Tokens.as(anonymous, "ENTERPRISE", enterprise1))) {
            Map<?, ?> masked = Requests.get(other, path, HttpStatus.OK);
            assertThat(masked.get("contactName")).isEqualTo("赵*");
            assertThat(masked.get("contactPhone")).isEqualTo("037*-***1234");
            Map<?, ?> page = Requests.get(other, "/api/v1/providers?size=100", HttpStatus.OK);
            assertThat(phoneOf(page, providerA)).isEqualTo("037*-***1234");
        }
    }

    @Test
    void tokensWithAnUnknownRoleOrForgedSignatureAreRefused() {
        anonymous
                .post()
                .uri("/api/v1/dev/tokens")
                .bodyValue(Map.of("role", "ADMIN"))
                .exchange()
                .expectStatus()
                .isBadRequest();
        anonymous
                .get()
                .uri("/api/v1/admin/audit")
                .header("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJyb2xlIjoiQlVSRUFVIn0.")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    private static Object phoneOf(Map<?, ?> page, UUID provider) {
        return ((List<?>) page.get("items"))
                .stream()
                        .map(item -> (Map<?, ?>) item)
                        .filter(item -> provider.toString().equals(item.get("id")))
                        .findFirst()
                        .orElseThrow()
                        .get("contactPhone");
    }

    private static List<Object> ids(Map<?, ?> page) {
        return ((List<?>) page.get("items"))
                .stream().<Object>map(item -> ((Map<?, ?>) item).get("id")).toList();
    }

    private Object resolved(Map<?, ?> body) {
        Map<Object, Object> copy = new HashMap<>();
        body.forEach((k, v) -> copy.put(k, v instanceof String s ? resolve(s) : v));
        return copy;
    }

    private String resolve(String text) {
        return text.replace("/A", "/" + providerA)
                .replace("/B", "/" + providerB)
                .replace("/E1", "/" + enterprise1)
                .replace("/E2", "/" + enterprise2)
                .replace("@A", providerA.toString())
                .replace("@B", providerB.toString());
    }

    private UUID org(String org) {
        return switch (org == null ? "" : org) {
            case "A" -> providerA;
            case "B" -> providerB;
            case "E1" -> enterprise1;
            case "E2" -> enterprise2;
            default -> null;
        };
    }

    private static Arguments row(String role, String org, String method, String path, Object body, int status) {
        return Arguments.of(role, org, method, path, body, status);
    }

    private Map<String, Object> provider(UUID id, String name) {
        Map<?, ?> current = bureau.get()
                .uri("/api/v1/providers/" + id)
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        Map<String, Object> update = new HashMap<>();
        update.put("name", name);
        update.put("creditCode", current.get("creditCode"));
        update.put("county", current.get("county"));
        update.put("industries", current.get("industries"));
        update.put("version", current.get("version"));
        return update;
    }

    private static Map<String, Object> solution(String provider, String name) {
        Map<String, Object> solution = ImportFiles.solution("x", name);
        solution.put("providerId", "@" + provider);
        return solution;
    }

    private static Map<String, Object> match() {
        return Map.of("industry", "NEW_CHEMICALS", "painPoints", List.of(Map.of("text", "仓库温湿度没人盯，夜里出事没人知道")));
    }

    private static Map<String, Object> diagnosis() {
        return Map.of("level", 2, "painPoints", List.of(Map.of("text", "仓库温湿度没人盯")), "demandScenes", List.of("SAFETY"));
    }

    private Map<?, ?> importFile(String tag) {
        return Requests.post(bureau, "/api/v1/admin/imports/catalog", ImportFiles.small(tag), HttpStatus.OK);
    }

    private UUID enterprise(String name, Map<String, Object> draft) {
        Map<String, Object> enterprise = ImportFiles.enterprise(name, "NEW_CHEMICALS");
        enterprise.put("contactName", "孙建国");
        enterprise.put("contactPhone", "13800001111");
        draft.putAll(enterprise);
        Map<?, ?> created = Requests.post(bureau, "/api/v1/enterprises", enterprise, HttpStatus.CREATED);
        draft.put("version", created.get("version"));
        return UUID.fromString((String) created.get("id"));
    }
}
