package cn.xkqz.api.pilot;

import static cn.xkqz.api.security.Role.BUREAU;
import static cn.xkqz.api.security.Role.EXPERT;
import static cn.xkqz.api.security.Role.PROVIDER;

import cn.xkqz.api.openapi.Roles;
import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.pilot.expert.ConflictDeclaration;
import cn.xkqz.pilot.expert.Expert;
import cn.xkqz.pilot.expert.ExpertDraft;
import cn.xkqz.pilot.expert.Experts;
import cn.xkqz.pilot.expert.VettingReview;
import cn.xkqz.pilot.expert.VettingReviewDraft;
import cn.xkqz.pilot.expert.VettingReviews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Experts")
@RestController
class ExpertController {

    private final Experts experts;
    private final VettingReviews vetting;

    ExpertController(Experts experts, VettingReviews vetting) {
        this.experts = experts;
        this.vetting = vetting;
    }

    @Operation(
            operationId = "createExpert",
            summary = "登记专家 Add an expert",
            description = "把专家加入专家智库：专业领域、单位、所属服务商（如有）与申报的利益冲突。"
                    + " Adds an expert to the pool: fields, organisation, provider affiliation, declared conflicts.")
    @ApiResponse(
            responseCode = "201",
            description = "已创建 Created",
            useReturnTypeSchema = true,
            headers =
                    @Header(
                            name = "Location",
                            description = "新专家的地址 The new expert's URL",
                            schema = @Schema(type = "string")))
    @Roles(BUREAU)
    @PostMapping("/api/v1/experts")
    Mono<ResponseEntity<Expert>> create(@RequestBody ExpertDraft draft) {
        return experts.create(draft)
                .map(e -> ResponseEntity.created(URI.create("/api/v1/experts/" + e.id()))
                        .body(e));
    }

    @Operation(
            operationId = "listExperts",
            summary = "专家库 List experts",
            description = "专家库，新的在前，可按专业领域筛选。The pool, newest first, optionally of one field.")
    @Roles(BUREAU)
    @GetMapping("/api/v1/experts")
    Mono<Page<Expert>> list(
            @Parameter(description = "专业领域 Field of expertise", example = "工业互联网")
                    @RequestParam(required = false)
                    @Nullable
                    String field,
            @Parameter(description = "页码，从 0 开始 Page number, from 0", example = "0") @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(description = "每页条数 1–100 Page size", example = "20") @RequestParam(defaultValue = "20")
                    int size) {
        return Mono.fromCallable(() -> new PageQuery(page, size)).flatMap(q -> experts.list(field, q));
    }

    @Operation(
            operationId = "getExpert",
            summary = "查看专家 Get an expert",
            description = "主管部门或专家本人查看。Bureau staff, or the expert itself.")
    @Roles({EXPERT, BUREAU})
    @GetMapping("/api/v1/experts/{id}")
    Mono<Expert> get(
            @Parameter(description = "专家 id Expert id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6") @PathVariable
                    UUID id) {
        return experts.read(id);
    }

    @Operation(
            operationId = "declareExpertConflict",
            summary = "申报利益冲突 Declare a conflict of interest",
            description = "专家（或主管部门代为）申报与某服务商或企业的利益冲突；此后该专家不能评审其工作。"
                    + " The expert (or bureau staff for it) declares a conflict with a provider or enterprise.")
    @ApiResponse(responseCode = "200", description = "专家资料 The expert", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "已申报过 Already declared")
    @Roles({EXPERT, BUREAU})
    @PostMapping("/api/v1/experts/{id}/conflicts")
    Mono<Expert> declare(
            @Parameter(description = "专家 id Expert id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6") @PathVariable
                    UUID id,
            @RequestBody ConflictDeclaration declaration) {
        return experts.declare(id, declaration);
    }

    @Operation(
            operationId = "reviewProviderAsExpert",
            summary = "服务商专家评审 Review a provider (expert step of vetting)",
            description = "初审通过（PRELIMINARY_PASSED）的服务商，由与其无关联的专家各评审一次（0–100 分）。"
                    + " Each expert not tied to the provider scores it once while it awaits the expert step.")
    @ApiResponse(responseCode = "201", description = "已记录 Recorded", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "不在专家评审阶段、须回避或已评审 Wrong stage, conflicted, or reviewed")
    @Roles(EXPERT)
    @PostMapping("/api/v1/providers/{id}/expert-reviews")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<VettingReview> review(
            @Parameter(description = "服务商 id Provider id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id,
            @RequestBody VettingReviewDraft draft) {
        return vetting.review(id, draft);
    }

    @Operation(
            operationId = "listProviderExpertReviews",
            summary = "服务商的专家评审 A provider's expert reviews",
            description = "服务商遴选中的专家评分，先到先列；主管部门与服务商本身可见。The experts' scores, oldest first.")
    @Roles({PROVIDER, BUREAU})
    @GetMapping("/api/v1/providers/{id}/expert-reviews")
    Mono<Page<VettingReview>> reviews(
            @Parameter(description = "服务商 id Provider id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id,
            @Parameter(description = "页码，从 0 开始 Page number, from 0", example = "0") @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(description = "每页条数 1–100 Page size", example = "20") @RequestParam(defaultValue = "20")
                    int size) {
        return Mono.fromCallable(() -> new PageQuery(page, size))
                .flatMap(q -> vetting.of(id).collectList().map(all -> Page.of(all, q)));
    }
}
