package cn.xkqz.api.catalog;

import static cn.xkqz.api.security.Role.BUREAU;
import static cn.xkqz.api.security.Role.ENTERPRISE;
import static cn.xkqz.api.security.Role.PROVIDER;

import cn.xkqz.api.openapi.Roles;
import cn.xkqz.api.spreadsheet.Workbooks;
import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.enterprise.Enterprise;
import cn.xkqz.catalog.enterprise.EnterpriseRoster;
import cn.xkqz.catalog.enterprise.EnterpriseScale;
import cn.xkqz.catalog.enterprise.EnterpriseService;
import cn.xkqz.catalog.enterprise.EnterpriseUpdate;
import cn.xkqz.catalog.enterprise.RosterEntry;
import cn.xkqz.catalog.enterprise.RosterFilter;
import cn.xkqz.catalog.enterprise.RosterStatus;
import cn.xkqz.catalog.enterprise.Specialization;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The bureau's roster (一企一档): the filtered list, its .xlsx export, confirmation and edits. */
@Tag(name = "Enterprises")
@RestController
@RequestMapping("/api/v1/enterprises")
class RosterController {

    private final EnterpriseService enterprises;
    private final EnterpriseRoster roster;
    private final RosterExport export;

    RosterController(EnterpriseService enterprises, EnterpriseRoster roster, RosterExport export) {
        this.enterprises = enterprises;
        this.roster = roster;
        this.export = export;
    }

    /** Bureau staff see every enterprise; a provider those it is assigned to diagnose (by the service). */
    @Operation(
            operationId = "listEnterprises",
            summary = "企业名录 List enterprises",
            description = "主管部门看全部企业；服务商只看分派给它诊断的企业。可按批次、县区、行业、规模、专精特新、名录状态和最新诊断等级筛选。"
                    + " Bureau staff see every enterprise; a provider those it is assigned to diagnose. Filters: batch,"
                    + " county, industry, scale, specialization, roster status, level of the latest diagnosis.")
    @Roles({PROVIDER, BUREAU})
    @GetMapping
    Mono<Page<Enterprise>> list(
            @Parameter(description = "页码，从 0 开始 Page number, from 0", example = "0") @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(description = "每页条数 1–100 Page size", example = "20") @RequestParam(defaultValue = "20")
                    int size,
            @Parameter(description = "批次 1–100 Batch", example = "1") @RequestParam(required = false) @Nullable
                    Integer batch,
            @Parameter(description = "县区 County", example = "长垣市", schema = @Schema(maxLength = 50))
                    @RequestParam(required = false)
                    @Nullable
                    String county,
            @Parameter(description = "行业代码 Industry code", example = "LIFTING_EQUIPMENT")
                    @RequestParam(required = false)
                    @Nullable
                    String industry,
            @Parameter(description = "规模 Scale", example = "ABOVE") @RequestParam(required = false) @Nullable
                    EnterpriseScale scale,
            @Parameter(description = "专精特新 Specialization", example = "PROVINCIAL")
                    @RequestParam(required = false)
                    @Nullable
                    Specialization specialization,
            @Parameter(description = "名录状态 Roster status", example = "CONFIRMED")
                    @RequestParam(required = false)
                    @Nullable
                    RosterStatus status,
            @Parameter(description = "最新诊断的等级 1–4 Level of the latest diagnosis", example = "2")
                    @RequestParam(required = false)
                    @Nullable
                    Integer level) {
        RosterFilter filter = new RosterFilter(batch, county, industry, scale, specialization, status, level);
        return Mono.fromCallable(() -> new PageQuery(page, size))
                .flatMap(q -> roster.page(filter, q))
                .map(found -> found.map(RosterEntry::enterprise));
    }

    /** The roster as the bureau keeps it, in Excel: the same filters as the list. */
    @Operation(
            operationId = "exportEnterprises",
            summary = "导出企业名录 Export the roster (.xlsx)",
            description =
                    "按与列表相同的筛选条件导出企业名录（Excel .xlsx，中文表头，行业与枚举为中文名称）；导出的文件可直接再导入。"
                            + " The roster with the list's filters as an .xlsx with Chinese headers and names; it imports as is.")
    @ApiResponse(
            responseCode = "200",
            description = "企业名录 The roster",
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
    @GetMapping("/export.xlsx")
    Mono<ResponseEntity<Flux<DataBuffer>>> export(
            ServerWebExchange exchange,
            @Parameter(description = "批次 1–100 Batch", example = "1") @RequestParam(required = false) @Nullable
                    Integer batch,
            @Parameter(description = "县区 County", example = "长垣市", schema = @Schema(maxLength = 50))
                    @RequestParam(required = false)
                    @Nullable
                    String county,
            @Parameter(description = "行业代码 Industry code", example = "LIFTING_EQUIPMENT")
                    @RequestParam(required = false)
                    @Nullable
                    String industry,
            @Parameter(description = "规模 Scale", example = "ABOVE") @RequestParam(required = false) @Nullable
                    EnterpriseScale scale,
            @Parameter(description = "专精特新 Specialization", example = "PROVINCIAL")
                    @RequestParam(required = false)
                    @Nullable
                    Specialization specialization,
            @Parameter(description = "名录状态 Roster status", example = "CONFIRMED")
                    @RequestParam(required = false)
                    @Nullable
                    RosterStatus status,
            @Parameter(description = "最新诊断的等级 1–4 Level of the latest diagnosis", example = "2")
                    @RequestParam(required = false)
                    @Nullable
                    Integer level) {
        RosterFilter filter = new RosterFilter(batch, county, industry, scale, specialization, status, level);
        return export.of(filter, exchange.getResponse().bufferFactory())
                .map(xlsx -> Workbooks.attachment("企业名录.xlsx", "enterprise-roster.xlsx", xlsx));
    }

    @Operation(
            operationId = "updateEnterprise",
            summary = "修改企业资料 Update an enterprise",
            description =
                    "企业本身或主管部门修改企业档案，带上读取时的 `version`（或 If-Match）。"
                            + " The enterprise itself or bureau staff edit its profile; send the `version` you read (or If-Match).")
    @ApiResponse(
            responseCode = "200",
            description = "已修改 Updated",
            content = @Content(schema = @Schema(implementation = Enterprise.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "记录的版本，强 ETag，如 \"3\" The record's version as a strong ETag",
                            schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "409", description = "版本已过期或信用代码已被使用 Stale version or credit code taken")
    @ApiResponse(responseCode = "412", description = "If-Match 与当前版本不符 If-Match does not match")
    @Roles({ENTERPRISE, BUREAU})
    @PutMapping("/{id}")
    Mono<ResponseEntity<Enterprise>> update(
            @Parameter(description = "企业 id Enterprise id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id,
            @Parameter(
                            description = "可选：读取时的 ETag（版本）；不符则 412。Optional: the ETag read; a mismatch answers 412.",
                            example = "\"\\\"3\\\"\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @RequestBody EnterpriseUpdate update) {
        return Mono.fromCallable(
                        () -> new EnterpriseUpdate(VersionTags.version(ifMatch, update.version()), update.enterprise()))
                .flatMap(checked -> enterprises.edit(id, checked))
                .onErrorMap(VersionTags.staleAsFailed(ifMatch))
                .map(updated -> VersionTags.ok(updated, updated.version()));
    }

    @Operation(
            operationId = "confirmEnterprise",
            summary = "确认纳入试点 Confirm an enterprise into the pilot",
            description = "主管部门确认自行登记的企业纳入试点（REGISTERED → CONFIRMED）；已确认的为 409。"
                    + " Bureau staff confirm a self-registered enterprise into the pilot; a confirmed one is a 409.")
    @ApiResponse(responseCode = "200", description = "已确认 Confirmed", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "已确认 Already confirmed")
    @Roles(BUREAU)
    @PostMapping("/{id}/confirmation")
    Mono<Enterprise> confirm(
            @Parameter(description = "企业 id Enterprise id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id) {
        return enterprises.confirm(id);
    }
}
