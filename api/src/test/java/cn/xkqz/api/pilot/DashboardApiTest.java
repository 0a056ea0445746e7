package cn.xkqz.api.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import cn.xkqz.api.catalog.ImportFiles;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The dashboard's figures against what this test made: its own county's line exactly, and every
 * target's actual moved by exactly the records made here (the database is shared with other tests, so
 * totals are compared before and after).
 */
@ApiTest
class DashboardApiTest {

    @Autowired
    WebTestClient anonymous;

    @Test
    void theDashboardCountsWhatWasMade() throws java.io.IOException {
        Requests.awaitReadiness(anonymous);
        WebTestClient bureau = Tokens.bureau(anonymous);
        String county = "看板县" + UUID.randomUUID().toString().substring(0, 6);
        Map<?, ?> before = Requests.get(bureau, "/api/v1/pilot/dashboard", HttpStatus.OK);

        Map<String, UUID> pool = PilotSteps.provider(bureau, "看板");
        UUID above = enterprise(bureau, county, "ABOVE", "NONE", 1);
        UUID giant = enterprise(bureau, county, "BELOW", "LITTLE_GIANT", 2);
        UUID provincial = enterprise(bureau, county, "ABOVE", "PROVINCIAL", 2);
        Map<?, ?> showcase = PilotSteps.decided(anonymous, bureau, pool, above, 3, 800_000);
        PilotSteps.decided(anonymous, bureau, pool, giant, 1, 300_000);
        PilotSteps.open(bureau, PilotSteps.project(provincial, pool.get("P1"), pool.get("S2"), PilotSteps.TODAY));
        spreading(bureau, county, showcase, pool.get("P1"), List.of(giant, provincial));
        Map<?, ?> after = Requests.get(bureau, "/api/v1/pilot/dashboard", HttpStatus.OK);

        assertThat(((Map<?, ?>) after.get("byCounty")).get(county))
                .isEqualTo(Map.of(
                        "registered",
                        3,
                        "enterprises",
                        3,
                        "projects",
                        3,
                        "accepted",
                        1,
                        "level2After",
                        1,
                        "paidYuan",
                        0));
        Map<String, Long> made = Map.ofEntries(
                Map.entry("ENTERPRISES", 3L),
                Map.entry("ENTERPRISES_ABOVE_SCALE", 2L),
                Map.entry("ENTERPRISES_BELOW_SCALE", 1L),
                Map.entry("LITTLE_GIANTS", 1L),
                Map.entry("SPECIALIZED", 2L),
                Map.entry("CLOUD", 3L),
                Map.entry("LEVEL4_ENTERPRISES", 0L),
                Map.entry("DIGITAL_TECH_COVERAGE", 1L),
                Map.entry("SOLUTIONS", 2L),
                Map.entry("PROVIDERS", 1L),
                Map.entry("RECOMMENDED_SOLUTIONS", 0L),
                Map.entry("SHOWCASES", 1L),
                Map.entry("CHAIN_CASES", 1L),
                Map.entry("MATCHMAKING_EVENTS", 2L),
                Map.entry("TRAINING_SESSIONS", 1L),
                Map.entry("SMART_WORKSHOPS", 1L),
                Map.entry("NEW_SPECIALIZED", 2L));
        made.forEach((code, count) ->
                assertThat(actual(after, code) - actual(before, code)).as(code).isEqualTo(count));
        assertThat(level(after, "before", "1") - level(before, "before", "1")).isEqualTo(1);
        assertThat(level(after, "before", "2") - level(before, "before", "2")).isEqualTo(2);
        assertThat(level(after, "after", "3") - level(before, "after", "3")).isEqualTo(1);
        assertThat(level(after, "after", "1") - level(before, "after", "1")).isEqualTo(1);
        assertThat(line(after, "targets", "CLUSTERS").get("actual")).isNull();
        Map<?, ?> enterprises = line(after, "targets", "ENTERPRISES");
        assertThat(((Number) enterprises.get("ratio")).doubleValue())
                .isCloseTo(actual(after, "ENTERPRISES") / 506.0, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(line(after, "ratioTargets", "LEVEL2_SHARE_LITTLE_GIANTS").get("target"))
                .isEqualTo(1.0);
        assertThat((List<?>) after.get("funds")).hasSize(11);

        assertSpreadsheetHolds(bureau, Requests.get(bureau, "/api/v1/pilot/dashboard", HttpStatus.OK));
        Requests.get(bureau, "/api/v1/pilot/dashboard?year=2024", HttpStatus.BAD_REQUEST);
        Requests.get(Tokens.as(anonymous, "PROVIDER", pool.get("P1")), "/api/v1/pilot/dashboard", HttpStatus.FORBIDDEN);
    }

    /** The .xlsx download holds every target's figures as the JSON does (numbers as numbers). */
    private static void assertSpreadsheetHolds(WebTestClient bureau, Map<?, ?> json) throws java.io.IOException {
        byte[] xlsx = bureau.get()
                .uri("/api/v1/pilot/dashboard.xlsx")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("实际");
            Map<String, Double> actuals = new java.util.HashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                if ("目标".equals(row.getCell(0).getStringCellValue())
                        && row.getCell(4) != null
                        && row.getCell(4).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    actuals.put(
                            row.getCell(1).getStringCellValue(), row.getCell(4).getNumericCellValue());
                }
            }
            for (String code : List.of("ENTERPRISES", "SOLUTIONS", "PROVIDERS", "DIGITAL_TECH_COVERAGE")) {
                assertThat(actuals.get(code)).as(code).isEqualTo((double) actual(json, code));
            }
        }
    }

    /**
     * One showcase and one chain case; events held (matchmaking and promotion yesterday and today, a
     * training yesterday) and one still to come (not counted); two enterprises without projects newly
     * 专精特新 (one of them twice: counted once) and one smart workshop.
     */
    private static void spreading(
            WebTestClient bureau, String county, Map<?, ?> accepted, UUID provider, List<UUID> members) {
        Requests.post(
                bureau,
                "/api/v1/showcases",
                Map.of(
                        "enterpriseId", accepted.get("enterpriseId"),
                        "projectId", accepted.get("id"),
                        "category", "SMART_FACTORY",
                        "title", "看板样板",
                        "results", List.of(Map.of("metric", "良品率", "before", "92%", "after", "98%"))),
                HttpStatus.CREATED);
        Requests.post(
                bureau,
                "/api/v1/chain-cases",
                Map.of(
                        "title", "看板链式",
                        "leadProviderId", provider,
                        "memberEnterpriseIds", members,
                        "model", "TECHNOLOGY",
                        "summary", "看板测试"),
                HttpStatus.CREATED);
        Map<String, java.time.LocalDate> events = Map.of(
                "MATCHMAKING", PilotSteps.TODAY.minusDays(1),
                "PROMOTION", PilotSteps.TODAY,
                "TECH_EXCHANGE", PilotSteps.TODAY.plusDays(3),
                "TRAINING", PilotSteps.TODAY.minusDays(1));
        events.forEach((type, date) -> Requests.post(
                bureau,
                "/api/v1/events",
                Map.of("title", "看板活动", "type", type, "date", date.toString(), "county", county),
                HttpStatus.CREATED));
        UUID twice = PilotSteps.enterprise(bureau, "看板认定企业一");
        UUID once = PilotSteps.enterprise(bureau, "看板认定企业二");
        recognise(bureau, twice, "PROVINCIAL_SPECIALIZED");
        recognise(bureau, twice, "LITTLE_GIANT");
        recognise(bureau, twice, "SMART_WORKSHOP");
        recognise(bureau, once, "LITTLE_GIANT");
    }

    private static void recognise(WebTestClient bureau, UUID enterprise, String kind) {
        Requests.post(
                bureau,
                "/api/v1/enterprises/" + enterprise + "/recognitions",
                Map.of("kind", kind, "date", PilotSteps.TODAY.toString()),
                HttpStatus.CREATED);
    }

    private static UUID enterprise(
            WebTestClient bureau, String county, String scale, String specialization, int level) {
        Map<String, Object> enterprise = ImportFiles.enterprise("看板企业" + scale + specialization, "AUTO_PARTS");
        enterprise.putAll(Map.of("county", county, "scale", scale, "specialization", specialization));
        UUID id = PilotSteps.uuid(Requests.post(bureau, "/api/v1/enterprises", enterprise, HttpStatus.CREATED)
                .get("id"));
        Requests.put(
                bureau,
                "/api/v1/enterprises/" + id + "/diagnosis",
                Map.of("level", level, "painPoints", List.of(Map.of("text", "排产靠经验，交期总拖"))),
                HttpStatus.OK);
        return id;
    }

    private static Map<?, ?> line(Map<?, ?> dashboard, String list, String code) {
        return ((List<?>) dashboard.get(list))
                .stream()
                        .map(item -> (Map<?, ?>) item)
                        .filter(item -> code.equals(item.get("code")))
                        .findFirst()
                        .orElseThrow();
    }

    private static long actual(Map<?, ?> dashboard, String code) {
        return ((Number) line(dashboard, "targets", code).get("actual")).longValue();
    }

    private static long level(Map<?, ?> dashboard, String stage, String level) {
        return ((Number) ((Map<?, ?>) ((Map<?, ?>) dashboard.get("levels")).get(stage)).get(level)).longValue();
    }
}
