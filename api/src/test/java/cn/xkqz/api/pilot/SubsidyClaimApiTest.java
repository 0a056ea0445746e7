package cn.xkqz.api.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Subsidy claims on real PostgreSQL: what acceptance and diagnosis open, the caps per enterprise (and per
 * year), a fund that cannot be overdrawn even by concurrent approvals, payment and clawback.
 */
@ApiTest
class SubsidyClaimApiTest {

    @Autowired
    WebTestClient anonymous;

    WebTestClient bureau;

    @BeforeEach
    void bureau() {
        Requests.awaitReadiness(anonymous);
        bureau = Tokens.bureau(anonymous);
    }

    @Test
    void anAcceptedProjectsClaimFollowsTheCityRulesAtEveryLevel() {
        Map<String, UUID> pool = PilotSteps.provider(bureau, "奖补规则");
        // level, actual spend, expected transformation subsidy (null: FAILED, none)
        List<long[]> cases = List.of(
                new long[] {1, 800_000, -1},
                new long[] {2, 600_000, 300_000},
                new long[] {2, 1_000_000, 500_000},
                new long[] {3, 500_000, 350_000},
                new long[] {3, 1_000_000, 700_000},
                new long[] {4, 2_000_000, 700_000});
        for (long[] c : cases) {
            UUID enterprise = PilotSteps.enterprise(bureau, "奖补规则企业" + c[0] + "-" + c[1]);
            Map<?, ?> decided = PilotSteps.decided(anonymous, bureau, pool, enterprise, (int) c[0], c[1]);
            assertThat(decided.get("status")).isEqualTo(c[2] < 0 ? "FAILED" : "ACCEPTED");
            Map<?, ?> claims = Requests.get(bureau, "/api/v1/subsidy-claims?enterpriseId=" + enterprise, HttpStatus.OK);
            assertThat(amountOf(claims, "ACCEPTANCE_FEE")).isEqualTo(6_000L);
            assertThat(amountOf(claims, "TRANSFORMATION")).isEqualTo(c[2] < 0 ? null : c[2]);
        }
    }

    @Test
    void anEnterprisesTransformationCapCountsItsEarlierClaims() {
        Map<String, UUID> pool = PilotSteps.provider(bureau, "奖补上限");
        UUID enterprise = PilotSteps.enterprise(bureau, "奖补上限企业");
        PilotSteps.decided(anonymous, bureau, pool, enterprise, 3, 700_000);
        PilotSteps.decided(anonymous, bureau, pool, enterprise, 3, 500_000);
        Map<?, ?> claims = Requests.get(
                bureau, "/api/v1/subsidy-claims?fund=TRANSFORMATION&enterpriseId=" + enterprise, HttpStatus.OK);
        List<String> ids = PilotLoopApiTest.values(claims, "id").stream()
                .map(String::valueOf)
                .toList();
        assertThat(ids).hasSize(2);
        approve(ids.get(0), HttpStatus.OK);
        Map<?, ?> refused = approve(ids.get(1), HttpStatus.CONFLICT);
        assertThat((String) refused.get("detail")).contains("每家企业上限 700000", "350000", "490000");
    }

    @Test
    void twentyConcurrentApprovalsAgainstRoomForTenApproveExactlyTen() throws Exception {
        List<String> claims = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            UUID enterprise = PilotSteps.enterprise(bureau, "并发贴息企业" + i);
            claims.add(String.valueOf(Requests.post(
                            bureau,
                            "/api/v1/subsidy-claims/loan-interest",
                            Map.of("enterpriseId", enterprise, "year", 2026, "interestYuan", 1_000),
                            HttpStatus.CREATED)
                    .get("id")));
        }
        leaveRoom("LOAN_INTEREST", 10_000);
        List<Integer> statuses;
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            List<Future<Integer>> answers = claims.stream()
                    .map(id -> pool.submit(() -> bureau.post()
                            .uri("/api/v1/subsidy-claims/" + id + "/transitions")
                            .bodyValue(Map.of("action", "APPROVE"))
                            .exchange()
                            .returnResult(String.class)
                            .getStatus()
                            .value()))
                    .toList();
            statuses = new java.util.ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        }
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(10);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(10);
        assertThat(fund("LOAN_INTEREST").get("remainingYuan")).isEqualTo(0);
    }

    @Test
    void loanInterestIsCappedPerEnterprisePerYear() {
        UUID enterprise = PilotSteps.enterprise(bureau, "贴息年度企业");
        leaveRoom("LOAN_INTEREST", 200_000);
        String first = loanInterest(enterprise, 2025, 40_000);
        String again = loanInterest(enterprise, 2025, 80_000);
        String nextYear = loanInterest(enterprise, 2026, 80_000);
        approve(first, HttpStatus.OK);
        assertThat((String) approve(again, HttpStatus.CONFLICT).get("detail")).contains("每年上限 50000");
        assertThat(approve(nextYear, HttpStatus.OK).get("amountYuan")).isEqualTo(50_000);
    }

    @Test
    void aPaidClaimIsRecoveredWithAReasonAndTheFundFollows() {
        UUID enterprise = PilotSteps.enterprise(bureau, "收回企业");
        leaveRoom("LOAN_INTEREST", 100_000);
        String claim = loanInterest(enterprise, 2026, 30_000);
        String path = "/api/v1/subsidy-claims/" + claim + "/transitions";
        approve(claim, HttpStatus.OK);
        long paidBefore = ((Number) fund("LOAN_INTEREST").get("paidYuan")).longValue();
        Requests.post(bureau, path, Map.of("action", "PAY"), HttpStatus.BAD_REQUEST);
        Map<?, ?> paid = Requests.post(
                bureau,
                path,
                Map.of("action", "PAY", "reference", "GK-2026-001", "paidOn", PilotSteps.TODAY.toString()),
                HttpStatus.OK);
        assertThat(paid.get("status")).isEqualTo("PAID");
        assertThat(((Number) fund("LOAN_INTEREST").get("paidYuan")).longValue()).isEqualTo(paidBefore + 30_000);
        Map<?, ?> again = Requests.post(bureau, path, Map.of("action", "APPROVE"), HttpStatus.CONFLICT);
        assertThat(List.<Object>copyOf((List<?>) again.get("allowedActions"))).containsExactly("RECOVER");
        Requests.post(bureau, path, Map.of("action", "RECOVER"), HttpStatus.BAD_REQUEST);
        Map<?, ?> recovered =
                Requests.post(bureau, path, Map.of("action", "RECOVER", "comment", "虚报利息，收回"), HttpStatus.OK);
        assertThat(recovered.get("status")).isEqualTo("RECOVERED");
        assertThat(((Number) fund("LOAN_INTEREST").get("paidYuan")).longValue()).isEqualTo(paidBefore);
        Map<?, ?> history = Requests.get(bureau, path, HttpStatus.OK);
        assertThat(PilotLoopApiTest.values(history, "action")).containsExactly("RECOVER", "PAY", "APPROVE");
    }

    @Test
    void aProvidersDiagnosisOpensItsFeeOncePerEnterprise() {
        UUID provider = PilotSteps.provider(bureau, "诊断补助").get("P1");
        UUID enterprise = PilotSteps.enterprise(bureau, "诊断补助企业");
        String path = "/api/v1/enterprises/" + enterprise;
        Requests.post(bureau, path + "/diagnosis-assignments", Map.of("providerId", provider), HttpStatus.CREATED);
        WebTestClient asProvider = Tokens.as(anonymous, "PROVIDER", provider);
        Map<String, Object> diagnosis = Map.of("level", 1, "painPoints", List.of(Map.of("text", "订单靠手写")));
        Requests.put(asProvider, path + "/diagnosis", diagnosis, HttpStatus.OK);
        Requests.put(asProvider, path + "/diagnosis", diagnosis, HttpStatus.OK);
        Map<?, ?> fees = Requests.get(asProvider, "/api/v1/subsidy-claims?fund=DIAGNOSIS_FEE", HttpStatus.OK);
        List<Object> mine = PilotLoopApiTest.values(fees, "enterpriseId").stream()
                .filter(enterprise.toString()::equals)
                .toList();
        assertThat(mine).hasSize(1);
        assertThat(amountOf(fees, "DIAGNOSIS_FEE")).isEqualTo(2_000L);
        Requests.get(
                Tokens.as(anonymous, "ENTERPRISE", enterprise),
                "/api/v1/subsidy-claims?enterpriseId=" + UUID.randomUUID(),
                HttpStatus.FORBIDDEN);
    }

    private Map<?, ?> approve(String claim, HttpStatus status) {
        return Requests.post(
                bureau, "/api/v1/subsidy-claims/" + claim + "/transitions", Map.of("action", "APPROVE"), status);
    }

    private String loanInterest(UUID enterprise, int year, long interest) {
        return String.valueOf(Requests.post(
                        bureau,
                        "/api/v1/subsidy-claims/loan-interest",
                        Map.of("enterpriseId", enterprise, "year", year, "interestYuan", interest),
                        HttpStatus.CREATED)
                .get("id"));
    }

    /** Sets the fund's budget so that exactly {@code room} yuan remain. */
    private void leaveRoom(String code, long room) {
        Map<?, ?> fund = fund(code);
        long spoken = ((Number) fund.get("committedYuan")).longValue() + ((Number) fund.get("paidYuan")).longValue();
        Requests.put(
                bureau,
                "/api/v1/funds/" + code,
                Map.of("budgetYuan", spoken + room, "version", fund.get("version")),
                HttpStatus.OK);
    }

    private Map<?, ?> fund(String code) {
        return ((List<?>) Requests.get(bureau, "/api/v1/funds", HttpStatus.OK).get("items"))
                .stream()
                        .map(item -> (Map<?, ?>) item)
                        .filter(item -> code.equals(item.get("code")))
                        .findFirst()
                        .orElseThrow();
    }

    /** The amount of the page's claim from {@code fund}, or null when it has none. */
    private static Object amountOf(Map<?, ?> page, String fund) {
        return ((List<?>) page.get("items"))
                .stream()
                        .map(item -> (Map<?, ?>) item)
                        .filter(item -> fund.equals(item.get("fund")))
                        .map(item -> ((Number) item.get("amountYuan")).longValue())
                        .findFirst()
                        .orElse(null);
    }
}
