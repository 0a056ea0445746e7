package cn.xkqz.api.pilot;

import static cn.xkqz.api.security.Role.BUREAU;

import cn.xkqz.api.openapi.Roles;
import cn.xkqz.api.spreadsheet.Workbooks;
import cn.xkqz.pilot.dashboard.Dashboard;
import cn.xkqz.pilot.dashboard.DashboardService;
import cn.xkqz.pilot.fund.FundView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Tag(name = "Performance")
@RestController
class DashboardController {

    static final List<String> HEADERS = List.of("类别", "代码", "名称", "目标", "实际", "完成率");

    private final DashboardService dashboard;

    DashboardController(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @Operation(
            operationId = "getPilotDashboard",
            summary = "试点看板 Pilot dashboard",
            description = "总体目标表每项的目标、实际与完成率（平台尚未记录的项 `actual` 为 null），两项比例目标，分行业、分县区，"
                    + "改造前后等级分布，资金，服务商绩效前后各五。`year` 为 2025 或 2026，不填为全部。"
                    + " Every target of the plan with target, actual and ratio; by industry and county; levels before "
                    + "and after; funds; best and worst providers. All years when `year` is absent.")
    @Roles(BUREAU)
    @GetMapping("/api/v1/pilot/dashboard")
    Mono<Dashboard> dashboard(
            @Parameter(description = "年份 2025 或 2026 Year", example = "2026") @RequestParam(required = false) @Nullable
                    Integer year) {
        return dashboard.of(year);
    }

    @Operation(
            operationId = "exportPilotDashboard",
            summary = "导出试点看板 Export the dashboard (.xlsx)",
            description = "看板的目标、比例目标与资金，一张中文表头的 Excel 表（类别、代码、名称、目标、实际、完成率）。"
                    + " The dashboard's targets, ratio targets and funds as one .xlsx sheet with Chinese headers.")
    @ApiResponse(
            responseCode = "200",
            description = "试点看板 The dashboard",
            content =
                    @Content(
                            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary")),
            headers =
                    @Header(
                            name = "Content-Disposition",
                            description = "附件及文件名 Attachment and file name",
                            schema = @Schema(type = "string")))
    @Roles(BUREAU)
    @GetMapping("/api/v1/pilot/dashboard.xlsx")
    Mono<ResponseEntity<Flux<DataBuffer>>> export(
            ServerWebExchange exchange,
            @Parameter(description = "年份 2025 或 2026 Year", example = "2026") @RequestParam(required = false) @Nullable
                    Integer year) {
        return dashboard
                .of(year)
                .map(found -> Workbooks.attachment(
                        "试点看板.xlsx",
                        "pilot-dashboard.xlsx",
                        Workbooks.table(
                                "试点看板",
                                HEADERS,
                                Flux.fromIterable(rows(found)),
                                exchange.getResponse().bufferFactory())));
    }

    /** One row per target, ratio target and fund: what the plan wants, what there is, and the ratio. */
    static List<List<@Nullable Object>> rows(Dashboard found) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        found.targets().forEach(t -> rows.add(row("目标", t.code(), t.name(), t.target(), t.actual(), t.ratio())));
        found.ratioTargets().forEach(t -> rows.add(row("比例目标", t.code(), t.name(), t.target(), t.actual(), t.ratio())));
        for (FundView f : found.funds()) {
            long used = f.committedYuan() + f.paidYuan();
            Double ratio = f.budgetYuan() == 0 ? null : Math.round(used * 10_000.0 / f.budgetYuan()) / 10_000.0;
            rows.add(row("资金（元）", f.code().name(), f.name(), f.budgetYuan(), used, ratio));
        }
        return rows;
    }

    private static List<@Nullable Object> row(@Nullable Object... cells) {
        return Arrays.asList(cells);
    }
}
