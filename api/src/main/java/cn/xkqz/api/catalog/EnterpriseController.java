package cn.xkqz.api.catalog;

import static cn.xkqz.api.security.Role.BUREAU;
import static cn.xkqz.api.security.Role.ENTERPRISE;
import static cn.xkqz.api.security.Role.PROVIDER;

import cn.xkqz.api.openapi.Roles;
import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.diagnosis.Diagnosis;
import cn.xkqz.catalog.diagnosis.DiagnosisDraft;
import cn.xkqz.catalog.diagnosis.DiagnosisService;
import cn.xkqz.catalog.enterprise.AssignmentRequest;
import cn.xkqz.catalog.enterprise.DiagnosisAssignment;
import cn.xkqz.catalog.enterprise.DiagnosisAssignments;
import cn.xkqz.catalog.enterprise.Enterprise;
import cn.xkqz.catalog.enterprise.EnterpriseDraft;
import cn.xkqz.catalog.enterprise.EnterpriseService;
import cn.xkqz.pilot.claim.DiagnosisFees;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Enterprises")
@RestController
@RequestMapping("/api/v1/enterprises")
class EnterpriseController {

    private final EnterpriseService enterprises;
    private final DiagnosisService diagnoses;
    private final DiagnosisAssignments assignments;
    private final DiagnosisFees diagnosisFees;

    EnterpriseController(
            EnterpriseService enterprises,
            DiagnosisService diagnoses,
            DiagnosisAssignments assignments,
            DiagnosisFees diagnosisFees) {
        this.diagnosisFees = diagnosisFees;
        this.enterprises = enterprises;
        this.diagnoses = diagnoses;
        this.assignments = assignments;
    }

    @Operation(
            operationId = "createEnterprise",
            summary = "企业登记 Register an enterprise",
            description = "登记试点企业档案（一企一档）。企业自行登记为已登记（REGISTERED），待主管部门确认；主管部门登记的即为已确认（CONFIRMED）。"
                    + " Registers an enterprise of the pilot: REGISTERED when it registers itself (until bureau staff"
                    + " confirm it), CONFIRMED when bureau staff do.")
    @ApiResponse(
            responseCode = "201",
            description = "已创建 Created",
            useReturnTypeSchema = true,
            headers =
                    @Header(
                            name = "Location",
                            description = "新企业的地址 The new enterprise's URL",
                            schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "409", description = "该信用代码的企业已登记 Credit code already registered")
    @Roles({ENTERPRISE, BUREAU})
    @PostMapping
    Mono<ResponseEntity<Enterprise>> create(@RequestBody EnterpriseDraft draft) {
        return enterprises
                .create(draft)
                .map(e -> ResponseEntity.created(URI.create("/api/v1/enterprises/" + e.id()))
                        .body(e));
    }

    /** The enterprise itself, bureau staff and the providers assigned to diagnose it may read it. */
    @Operation(
            operationId = "getEnterprise",
            summary = "查看企业 Get an enterprise",
            description = "企业本身、主管部门与分派诊断它的服务商可见；其他企业与服务商不可见。"
                    + " The enterprise itself, bureau staff and the providers assigned to diagnose it.")
    @Roles({ENTERPRISE, PROVIDER, BUREAU})
    @ApiResponse(
            responseCode = "200",
            description = "记录 The record",
            content = @Content(schema = @Schema(implementation = Enterprise.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "记录的版本，强 ETag，如 \"3\" The record's version as a strong ETag",
                            schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "304", description = "未修改（If-None-Match 与 ETag 相同）Not modified")
    @GetMapping("/{id}")
    Mono<ResponseEntity<Enterprise>> get(
            @Parameter(description = "企业 id Enterprise id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id) {
        return enterprises.read(id).map(e -> VersionTags.ok(e, e.version()));
    }

    /** Stores a new version of the enterprise's diagnosis; matching uses the latest. */
    @Operation(
            operationId = "submitDiagnosis",
            summary = "提交诊断 Submit a diagnosis",
            description = "保存企业诊断的新版本（等级、预算、痛点、需求场景，服务商另附诊断报告 `report`）；匹配用最新版本。"
                    + "企业本身、主管部门或分派诊断它的服务商提交；服务商提交的诊断记录 `diagnosedBy`。"
                    + " Stores a new version of the enterprise's diagnosis (by itself, bureau staff or an assigned "
                    + "provider, recorded in `diagnosedBy`); matching uses the latest.")
    @Roles({ENTERPRISE, PROVIDER, BUREAU})
    @PutMapping("/{id}/diagnosis")
    Mono<Diagnosis> diagnose(
            @Parameter(description = "企业 id Enterprise id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id,
            @RequestBody DiagnosisDraft diagnosis) {
        return diagnosisFees.submit(id, diagnosis);
    }

    @Operation(
            operationId = "getLatestDiagnosis",
            summary = "最新诊断 Latest diagnosis",
            description = "企业最新的诊断；还没有则 404。The enterprise's latest diagnosis; 404 when it has none.")
    @Roles({ENTERPRISE, PROVIDER, BUREAU})
    @GetMapping("/{id}/diagnosis")
    Mono<Diagnosis> latestDiagnosis(
            @Parameter(description = "企业 id Enterprise id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id) {
        return diagnoses.latest(id);
    }

    /** Every version of the diagnosis, newest first, a page at a time (a history is short: read whole). */
    @Operation(
            operationId = "listDiagnoses",
            summary = "诊断历史 Diagnosis history",
            description = "诊断的每个版本，新的在前。Every version of the diagnosis, newest first.")
    @Roles({ENTERPRISE, PROVIDER, BUREAU})
    @GetMapping("/{id}/diagnoses")
    Mono<Page<Diagnosis>> diagnosisHistory(
            @Parameter(description = "企业 id Enterprise id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id,
            @Parameter(description = "页码，从 0 开始 Page number, from 0", example = "0") @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(description = "每页条数 1–100 Page size", example = "20") @RequestParam(defaultValue = "20")
                    int size) {
        return Mono.fromCallable(() -> new PageQuery(page, size))
                .flatMap(q -> diagnoses.history(id).collectList().map(all -> Page.of(all, q)));
    }

    /** Bureau staff assign a provider to diagnose the enterprise (评估诊断). */
    @Operation(
            operationId = "assignDiagnosis",
            summary = "分派诊断服务商 Assign a provider to diagnose",
            description = "主管部门指定在库服务商为企业做评估诊断；该服务商此后可查看企业并提交诊断与报告。"
                    + " Bureau staff assign an ACTIVE provider, which may then read the enterprise and diagnose it.")
    @ApiResponse(responseCode = "201", description = "已分派 Assigned", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "已分派过或服务商不在库 Already assigned, or provider not ACTIVE")
    @Roles(BUREAU)
    @PostMapping("/{id}/diagnosis-assignments")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<DiagnosisAssignment> assign(
            @Parameter(description = "企业 id Enterprise id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id,
            @RequestBody AssignmentRequest request) {
        return assignments.assign(id, request);
    }

    @Operation(
            operationId = "listDiagnosisAssignments",
            summary = "诊断服务商 The enterprise's diagnosing providers",
            description = "分派给企业的诊断服务商，新的在前。The providers assigned to diagnose the enterprise, newest first.")
    @Roles({ENTERPRISE, BUREAU})
    @GetMapping("/{id}/diagnosis-assignments")
    Mono<Page<DiagnosisAssignment>> assignments(
            @Parameter(description = "企业 id Enterprise id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id,
            @Parameter(description = "页码，从 0 开始 Page number, from 0", example = "0") @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(description = "每页条数 1–100 Page size", example = "20") @RequestParam(defaultValue = "20")
                    int size) {
        return Mono.fromCallable(() -> new PageQuery(page, size))
                .flatMap(q -> assignments.of(id).collectList().map(all -> Page.of(all, q)));
    }
}
