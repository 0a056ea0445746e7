package cn.xkqz.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The bureau's roster: import from its own .xlsx, export, confirmation, edits and filters. */
@ApiTest
class RosterApiTest {

    @Autowired
    WebTestClient anonymous;

    WebTestClient bureau;
    String county;

    @BeforeEach
    void bureauStaff() {
        Requests.awaitReadiness(anonymous);
        bureau = Tokens.bureau(anonymous);
        county = "名录县" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aSheetWithBadRowsIsRefusedNamingEachCellAndNothingIsStored() {
        List<List<Object>> rows = new ArrayList<>(List.of(
                RosterSheets.row("长垣甲起重", ImportFiles.creditCode(), county),
                RosterSheets.row("长垣乙起重", "91410700MA3X5K2D1X", county),
                RosterSheets.row("长垣丙起重", ImportFiles.creditCode(), county),
                RosterSheets.row("长垣丁起重", ImportFiles.creditCode(), county)));
        rows.get(2).set(4, "大型");

        Map<?, ?> problem = importSheet(RosterSheets.xlsx(RosterSheets.HEADERS, rows), HttpStatus.BAD_REQUEST);

        assertThat(fields(problem))
                .containsExactly(
                        "第 " + RosterSheets.sheetRow(1) + " 行 信用代码", "第 " + RosterSheets.sheetRow(2) + " 行 规模");
        assertThat((String) problem.get("detail")).contains("第 5、6 行有误", "未写入任何数据");
        assertThat(roster("county=" + county).get("total")).isEqualTo(0);

        rows.get(1).set(0, ImportFiles.creditCode());
        rows.get(2).set(4, "BELOW");
        byte[] fixed = RosterSheets.xlsx(RosterSheets.HEADERS, rows);
        Map<String, Object> first = importSheet(fixed, HttpStatus.OK);
        Map<String, Object> again = importSheet(fixed, HttpStatus.OK);

        assertThat(first)
                .containsEntry("created", 4)
                .containsEntry("updated", 0)
                .containsEntry("unchanged", 0);
        assertThat(again)
                .containsEntry("created", 0)
                .containsEntry("updated", 0)
                .containsEntry("unchanged", 4);
        assertThat(again.get("ids")).isEqualTo(first.get("ids"));
        Map<String, Object> third =
                json(Requests.get(bureau, "/api/v1/enterprises/" + id(first, rows.get(2)), HttpStatus.OK));
        assertThat(third)
                .containsEntry("scale", "BELOW")
                .containsEntry("status", "CONFIRMED")
                .containsEntry("batch", 2);
    }

    @Test
    void aChangedRowUpdatesItsEnterpriseAndConfirmsASelfRegisteredOne() {
        Map<String, Object> self = ImportFiles.enterprise("自行登记企业", "AUTO_PARTS");
        self.put("county", county);
        Map<?, ?> registered = Requests.post(
                Tokens.as(anonymous, "ENTERPRISE", UUID.randomUUID()), "/api/v1/enterprises", self, HttpStatus.CREATED);
        assertThat(registered.get("status")).isEqualTo("REGISTERED");
        List<Object> row = RosterSheets.row("自行登记企业", (String) self.get("creditCode"), county);
        row.set(3, "AUTO_PARTS");

        Map<String, Object> result = importSheet(RosterSheets.xlsx(RosterSheets.HEADERS, List.of(row)), HttpStatus.OK);

        assertThat(result).containsEntry("created", 0).containsEntry("updated", 1);
        assertThat(id(result, row)).isEqualTo(registered.get("id"));
        assertThat(json(Requests.get(bureau, "/api/v1/enterprises/" + registered.get("id"), HttpStatus.OK)))
                .containsEntry("status", "CONFIRMED")
                .containsEntry("scale", "ABOVE");
    }

    @Test
    void theExportHoldsTheRowsOfTheListWithTheSameFilter() {
        List<List<Object>> rows = IntStream.range(0, 5)
                .mapToObj(i -> (List<Object>) RosterSheets.row("导出企业" + i, ImportFiles.creditCode(), county))
                .toList();
        rows.get(1).set(4, "规下");
        importSheet(RosterSheets.xlsx(RosterSheets.HEADERS, rows), HttpStatus.OK);
        String filter = "county=" + county + "&scale=ABOVE&industry=LIFTING_EQUIPMENT&status=CONFIRMED&batch=2";

        List<?> listed = (List<?>) roster(filter + "&size=100").get("items");
        var export = bureau.get()
                .uri("/api/v1/enterprises/export.xlsx?" + filter)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectHeader()
                .valueMatches(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"enterprise-roster.xlsx\"; filename\\*=UTF-8''%E4%BC%81%E4%B8%9A%E5%90%8D%E5%BD%95\\.xlsx")
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        List<List<String>> sheet = RosterSheets.read(export);

        assertThat(sheet.getFirst()).isEqualTo(RosterExport.HEADERS);
        assertThat(listed).hasSize(4);
        assertThat(sheet.subList(1, sheet.size()))
                .extracting(cells -> cells.subList(0, 8))
                .containsExactlyElementsOf(listed.stream()
                        .map(item -> (Map<?, ?>) item)
                        .map(e -> List.of(
                                (String) e.get("name"),
                                (String) e.get("creditCode"),
                                "起重装备",
                                county,
                                "规上",
                                "省级专精特新",
                                "2",
                                "已确认"))
                        .toList());
        // The export imports as it is: nothing changes.
        assertThat(importSheet(export, HttpStatus.OK)).containsEntry("unchanged", 4);
    }

    @Test
    void bureauStaffConfirmASelfRegisteredEnterpriseOnce() {
        Map<String, Object> self = ImportFiles.enterprise("待确认企业", "NEW_CHEMICALS");
        Map<?, ?> registered = Requests.post(
                Tokens.as(anonymous, "ENTERPRISE", UUID.randomUUID()), "/api/v1/enterprises", self, HttpStatus.CREATED);
        String confirmation = "/api/v1/enterprises/" + registered.get("id") + "/confirmation";

        Map<String, Object> confirmed = json(Requests.post(bureau, confirmation, Map.of(), HttpStatus.OK));

        assertThat(confirmed)
                .containsEntry("status", "CONFIRMED")
                .containsEntry("version", (Integer) registered.get("version") + 1);
        assertThat(Requests.post(bureau, confirmation, Map.of(), HttpStatus.CONFLICT)
                        .get("detail"))
                .asString()
                .contains("已确认");
        Map<?, ?> byBureau = Requests.post(
                bureau, "/api/v1/enterprises", ImportFiles.enterprise("局登记企业", "AUTO_PARTS"), HttpStatus.CREATED);
        assertThat(byBureau.get("status")).isEqualTo("CONFIRMED");
    }

    @Test
    void anEnterpriseIsEditedAtTheVersionRead() {
        Map<String, Object> draft = ImportFiles.enterprise("编辑企业", "AUTO_PARTS");
        Map<?, ?> created = Requests.post(bureau, "/api/v1/enterprises", draft, HttpStatus.CREATED);
        String id = (String) created.get("id");
        int version = (Integer) created.get("version");
        String path = "/api/v1/enterprises/" + id;
        Map<String, Object> edit = new HashMap<>(draft);
        edit.put("county", county);
        edit.put("version", version);
        WebTestClient itself = Tokens.as(anonymous, "ENTERPRISE", UUID.fromString(id));

        itself.put()
                .uri(path)
                .bodyValue(edit)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", "\"" + (version + 1) + "\"");
        Requests.put(bureau, path, edit, HttpStatus.CONFLICT);
        bureau.put()
                .uri(path)
                .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                .bodyValue(withoutVersion(edit))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(fields(Requests.put(bureau, path, withoutVersion(edit), HttpStatus.BAD_REQUEST)))
                .containsExactly("version");
        Map<String, Object> taken = new HashMap<>(edit);
        taken.put("version", version + 1);
        taken.put(
                "creditCode",
                Requests.post(
                                bureau,
                                "/api/v1/enterprises",
                                ImportFiles.enterprise("占用信用代码企业", "AUTO_PARTS"),
                                HttpStatus.CREATED)
                        .get("creditCode"));
        Requests.put(bureau, path, taken, HttpStatus.CONFLICT);
        assertThat(json(Requests.get(bureau, path, HttpStatus.OK)))
                .containsEntry("county", county)
                .containsEntry("creditCode", draft.get("creditCode"))
                .containsEntry("version", version + 1);
    }

    @Test
    void theRosterFiltersByTheLatestDiagnosisLevelAndRefusesBadFilters() {
        List<List<Object>> rows = List.of(
                RosterSheets.row("诊断二级企业", ImportFiles.creditCode(), county),
                RosterSheets.row("未诊断企业", ImportFiles.creditCode(), county));
        Map<?, ?> ids = (Map<?, ?>) importSheet(RosterSheets.xlsx(RosterSheets.HEADERS, rows), HttpStatus.OK)
                .get("ids");
        String diagnosed = (String) ids.get(rows.getFirst().getFirst());
        for (int level : new int[] {1, 2}) {
            Requests.put(
                    bureau,
                    "/api/v1/enterprises/" + diagnosed + "/diagnosis",
                    Map.of(
                            "level",
                            level,
                            "painPoints",
                            List.of(Map.of("text", "起重机故障停机没人预警")),
                            "demandScenes",
                            List.of("EQUIPMENT")),
                    HttpStatus.OK);
        }

        assertThat(roster("county=" + county + "&level=2")).containsEntry("total", 1);
        assertThat(roster("county=" + county + "&level=1")).containsEntry("total", 0);
        assertThat(roster("county=" + county)).containsEntry("total", 2);
        for (String bad : List.of("level=5", "level=x", "scale=HUGE", "industry=NOPE", "batch=0", "status=GONE")) {
            Map<?, ?> problem = Requests.get(bureau, "/api/v1/enterprises?" + bad, HttpStatus.BAD_REQUEST);
            assertThat(fields(problem)).containsExactly(bad.substring(0, bad.indexOf('=')));
        }
    }

    @Test
    void whatIsNotAnXlsxUploadIsRefusedInChinese() {
        Map<?, ?> notXlsx = importSheet("名称,信用代码\n".getBytes(), HttpStatus.BAD_REQUEST);
        assertThat(fields(notXlsx)).containsExactly("file");
        assertThat((String) ((Map<?, ?>) ((List<?>) notXlsx.get("errors")).getFirst()).get("message"))
                .contains(".xlsx");
        bureau.post()
                .uri("/api/v1/admin/imports/enterprises")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of())
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        Map<?, ?> noHeader = importSheet(
                RosterSheets.xlsx(List.of("名称", "县区"), List.of(List.of("缺列企业", county))), HttpStatus.BAD_REQUEST);
        assertThat(fields(noHeader)).hasSize(5).allMatch(field -> field.equals("第 3 行 表头"));
    }

    @Test
    void aSheetOfMoreThanFiftyThousandRowsIsRefused() {
        List<List<Object>> rows = IntStream.range(0, 50_001)
                .mapToObj(i -> (List<Object>) RosterSheets.row("超量企业" + i, "X", county))
                .toList();

        Map<?, ?> problem = importSheet(RosterSheets.xlsx(RosterSheets.HEADERS, rows), HttpStatus.BAD_REQUEST);

        assertThat(fields(problem)).containsExactly("文件");
        assertThat(problem.get("errors").toString()).contains("50000");
        assertThat(roster("county=" + county)).containsEntry("total", 0);
    }

    private Map<String, Object> importSheet(byte[] xlsx, HttpStatus status) {
        return json(bureau.post()
                .uri("/api/v1/admin/imports/enterprises")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .bodyValue(RosterSheets.upload(xlsx))
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody());
    }

    private Map<String, Object> roster(String query) {
        return json(Requests.get(bureau, "/api/v1/enterprises?" + query, HttpStatus.OK));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Map<?, ?> answer) {
        return (Map<String, Object>) answer;
    }

    private static Object id(Map<?, ?> result, List<Object> row) {
        return ((Map<?, ?>) result.get("ids")).get(row.getFirst());
    }

    private static Map<String, Object> withoutVersion(Map<String, Object> edit) {
        Map<String, Object> copy = new HashMap<>(edit);
        copy.remove("version");
        return copy;
    }

    private static List<String> fields(Map<?, ?> problem) {
        return ((List<?>) problem.get("errors"))
                .stream().map(e -> (String) ((Map<?, ?>) e).get("field")).toList();
    }
}
