package cn.xkqz.api.catalog;

import static cn.xkqz.api.security.Role.BUREAU;
import static cn.xkqz.api.security.Role.PROVIDER;

import cn.xkqz.api.openapi.Anyone;
import cn.xkqz.api.openapi.Roles;
import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.comparison.Comparison;
import cn.xkqz.catalog.comparison.SolutionComparison;
import cn.xkqz.catalog.solution.NewSolution;
import cn.xkqz.catalog.solution.PendingRevision;
import cn.xkqz.catalog.solution.Solution;
import cn.xkqz.catalog.solution.SolutionService;
import cn.xkqz.catalog.solution.SolutionStatus;
import cn.xkqz.catalog.solution.SolutionUpdate;
import cn.xkqz.catalog.solution.SolutionViews;
import cn.xkqz.indexer.search.SearchResult;
import cn.xkqz.indexer.search.SolutionSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import reactor.core.publisher.Mono;

@Tag(name = "Solutions")
@RestController
@RequestMapping("/api/v1/solutions")
class SolutionController {

    private final SolutionService solutions;
    private final SolutionViews views;
    private final SolutionComparison comparison;
    private final SolutionSearch search;

    SolutionController(
            SolutionService solutions, SolutionViews views, SolutionComparison comparison, SolutionSearch search) {
        this.solutions = solutions;
        this.views = views;
        this.comparison = comparison;
        this.search = search;
    }

    /** A provider creates its own solutions; with no provider named, validation answers (400). */
    @Operation(
            operationId = "createSolution",
            summary = "创建方案 Create a solution",
            description = "服务商为自己创建方案（草稿 DRAFT）；主管部门可代任一服务商创建。`providerId` 必填。"
                    + " A provider creates its own solution as a DRAFT; bureau staff for any provider.")
    @ApiResponse(
            responseCode = "201",
            description = "已创建 Created",
            useReturnTypeSchema = true,
            headers =
                    @Header(
                            name = "Location",
                            description = "新方案的地址 The new solution's URL",
                            schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "409", description = "该服务商已有同名方案 The provider already has a solution of this name")
    @Roles({PROVIDER, BUREAU})
    @PostMapping
    Mono<ResponseEntity<Solution>> create(@RequestBody NewSolution solution) {
        return solutions
                .create(solution)
                .map(s -> ResponseEntity.created(URI.create("/api/v1/solutions/" + s.id()))
                        .body(s));
    }

    /** What the public sees (LISTED, provider ACTIVE); its provider and bureau staff any state; else 404. */
    @Operation(
            operationId = "getSolution",
            summary = "查看方案 Get a solution",
            description = "公众可见已上架（LISTED 且服务商 ACTIVE）的方案；其服务商与主管部门可见任何状态，否则 404。"
                    + " The public sees listed solutions; its provider and bureau staff any state; else 404.")
    @Anyone
    @ApiResponse(
            responseCode = "200",
            description = "记录 The record",
            content = @Content(schema = @Schema(implementation = Solution.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "记录的版本，强 ETag，如 \"3\" The record's version as a strong ETag",
                            schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "304", description = "未修改（If-None-Match 与 ETag 相同）Not modified")
    @GetMapping("/{id}")
    Mono<ResponseEntity<Solution>> get(
            @Parameter(description = "方案 id Solution id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id) {
        return views.read(id).map(s -> VersionTags.ok(s, s.version()));
    }

    /**
     * 2–4 solutions side by side, with subsidy estimates at both ends of each price range for an
     * enterprise expecting to reach {@code expectedLevel}.
     */
    @Operation(
            operationId = "compareSolutions",
            summary = "方案对比 Compare solutions",
            description = "2–4 个方案并排对比，附按预期达到等级测算的价格区间两端奖补。"
                    + " 2–4 solutions side by side, with subsidy estimates at both ends of each price range.")
    @Anyone
    @GetMapping("/compare")
    Mono<Comparison> compare(
            @Parameter(
                            description = "2–4 个方案 id，逗号分隔 2–4 solution ids, comma-separated",
                            example = "3fa85f64-5717-4562-b3fc-2c963f66afa6,7c9e6679-7425-40de-944b-e07fc1f90ae7")
                    @RequestParam
                    String ids,
            @Parameter(
                            description = "企业预期达到的数字化等级 1–4 The digital level the enterprise expects to reach",
                            example = "2")
                    @RequestParam(defaultValue = "2")
                    int expectedLevel) {
        return comparison.compare(ids, expectedLevel);
    }

    @Operation(
            operationId = "listSolutions",
            summary = "方案列表 List solutions",
            description = "分页列出调用者可见的方案，可按服务商与状态筛选。Pages through the solutions the caller may see.")
    @Anyone
    @GetMapping
    Mono<Page<Solution>> list(
            @Parameter(description = "页码，从 0 开始 Page number, from 0", example = "0") @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(description = "每页条数 1–100 Page size", example = "20") @RequestParam(defaultValue = "20")
                    int size,
            @Parameter(
                            description = "只看该服务商的方案 Only this provider's solutions",
                            example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @RequestParam(required = false)
                    @Nullable
                    UUID providerId,
            @Parameter(description = "只看该状态（非公开状态需相应权限）Only this status", example = "LISTED")
                    @RequestParam(required = false)
                    @Nullable
                    SolutionStatus status) {
        return Mono.fromCallable(() -> new PageQuery(page, size)).flatMap(q -> views.list(q, providerId, status));
    }

    /** Searchable solutions like this one (similar wording, same scenes and industries first). */
    @Operation(
            operationId = "findSimilarSolutions",
            summary = "相似方案 Similar solutions",
            description = "措辞相近、场景与行业相同者优先的可检索方案。Searchable solutions like this one.")
    @ApiResponse(responseCode = "200", description = "成功 OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "429", description = "请求过于频繁 Rate limited")
    @ApiResponse(responseCode = "503", description = "搜索服务暂不可用 Search unavailable")
    @Anyone
    @GetMapping("/{id}/similar")
    Mono<Similar> similar(
            @Parameter(description = "方案 id Solution id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id,
            @Parameter(description = "最多返回几个 1–100 How many at most", example = "10") @RequestParam(defaultValue = "10")
                    int size) {
        return Mono.fromCallable(() -> new PageQuery(0, size))
                .flatMap(checked -> search.similar(id, checked.size()))
                .map(Similar::new);
    }

    record Similar(List<SearchResult.Hit> items) {}

    /**
     * Edits a solution: a draft (or any unlisted one) at once; a LISTED one becomes a pending revision
     * (202) and the listed version stays live until bureau staff approve it.
     */
    @Operation(
            operationId = "updateSolution",
            summary = "修改方案 Update a solution",
            description = "带上读取时的 `version`。未上架的方案立即修改（200）；已上架的成为待审修订（202），"
                    + "审核通过前线上版本不变。Send the `version` you read: an unlisted solution changes at once (200), "
                    + "a listed one becomes a pending revision (202).")
    @ApiResponse(
            responseCode = "200",
            description = "已修改 Updated",
            content = @Content(schema = @Schema(implementation = Solution.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "记录的版本，强 ETag，如 \"3\" The record's version as a strong ETag",
                            schema = @Schema(type = "string")))
    @ApiResponse(
            responseCode = "202",
            description = "已作为待审修订提交 Accepted as a pending revision",
            content = @Content(schema = @Schema(implementation = PendingRevision.class)))
    @ApiResponse(responseCode = "409", description = "版本已过期或同名冲突 Stale version or name taken")
    @ApiResponse(responseCode = "412", description = "If-Match 与当前版本不符 If-Match does not match")
    @Roles({PROVIDER, BUREAU})
    @PutMapping("/{id}")
    Mono<ResponseEntity<Object>> update(
            @Parameter(description = "方案 id Solution id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id,
            @Parameter(
                            description = "可选：读取时的 ETag（版本）；不符则 412。Optional: the ETag read; a mismatch answers 412.",
                            example = "\"\\\"3\\\"\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @RequestBody SolutionUpdate update) {
        return Mono.fromCallable(
                        () -> new SolutionUpdate(VersionTags.version(ifMatch, update.version()), update.solution()))
                .flatMap(checked -> solutions.edit(id, checked))
                .onErrorMap(VersionTags.staleAsFailed(ifMatch))
                .map(edit -> VersionTags.edited(edit.applied(), Solution::version, edit.pending()));
    }
}
