package cn.xkqz.api.catalog;

import static cn.xkqz.api.security.Role.BUREAU;
import static cn.xkqz.api.security.Role.PROVIDER;

import cn.xkqz.api.openapi.Anyone;
import cn.xkqz.api.openapi.Roles;
import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.lifecycle.LifecycleView;
import cn.xkqz.catalog.lifecycle.TransitionRequest;
import cn.xkqz.catalog.solution.ApprovedVersion;
import cn.xkqz.catalog.solution.PendingRevision;
import cn.xkqz.catalog.solution.Solution;
import cn.xkqz.catalog.solution.SolutionLifecycle;
import cn.xkqz.catalog.solution.SolutionService;
import cn.xkqz.catalog.solution.SolutionViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A solution's review: its pending revision, approved versions and lifecycle steps. */
@Tag(name = "Solutions")
@RestController
@RequestMapping("/api/v1/solutions")
class SolutionReviewController {

    private final SolutionService solutions;
    private final SolutionViews views;
    private final SolutionLifecycle lifecycle;

    SolutionReviewController(SolutionService solutions, SolutionViews views, SolutionLifecycle lifecycle) {
        this.solutions = solutions;
        this.views = views;
        this.lifecycle = lifecycle;
    }

    /** The edit waiting for review, for its provider and bureau staff. */
    @Operation(
            operationId = "getSolutionRevision",
            summary = "待审修订 Pending revision",
            description = "已上架方案等待审核的修改，供其服务商与主管部门查看；没有则 404。The edit waiting for review.")
    @Roles({PROVIDER, BUREAU})
    @GetMapping("/{id}/revision")
    Mono<PendingRevision> revision(
            @Parameter(description = "方案 id Solution id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id) {
        return solutions.pendingRevision(id);
    }

    /** Every approved version, newest first, for whoever may see the solution (a few per solution: read whole). */
    @Operation(
            operationId = "listSolutionVersions",
            summary = "已审核版本 Approved versions",
            description = "每个审核通过的版本，新的在前。Every approved version, newest first.")
    @Anyone
    @GetMapping("/{id}/versions")
    Mono<Page<ApprovedVersion>> versions(
            @Parameter(description = "方案 id Solution id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id,
            @Parameter(description = "页码，从 0 开始 Page number, from 0", example = "0") @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(description = "每页条数 1–100 Page size", example = "20") @RequestParam(defaultValue = "20")
                    int size) {
        return Mono.fromCallable(() -> new PageQuery(page, size))
                .flatMap(q -> views.versions(id).collectList().map(all -> Page.of(all, q)));
    }

    /** Review and listing steps: the provider submits, delists and confirms; bureau staff list or reject. */
    @Operation(
            operationId = "transitionSolution",
            summary = "方案状态操作 Solution lifecycle step",
            description = "服务商提交、撤回、下架、年度确认；主管部门上架、驳回、审核修订。当前状态不允许时 409，并给出 "
                    + "`currentStatus` 与 `allowedActions`。The provider submits, withdraws, delists and confirms; bureau "
                    + "staff approve or reject; a step not allowed now answers 409 naming the allowed ones.")
    @ApiResponse(responseCode = "200", description = "成功 OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "当前状态不允许该操作或版本已过期 Not allowed now, or stale version")
    @Roles({PROVIDER, BUREAU})
    @PostMapping("/{id}/transitions")
    Mono<Solution> transition(
            @Parameter(description = "方案 id Solution id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id,
            @RequestBody TransitionRequest request) {
        return lifecycle.transition(id, request);
    }

    /** Where the solution stands, what can happen next, and every step so far (its provider and bureau). */
    @Operation(
            operationId = "getSolutionLifecycle",
            summary = "方案状态与历史 Solution lifecycle",
            description = "当前状态、可执行的操作与全部历史。Where the solution stands, what can happen next, every step so far.")
    @Roles({PROVIDER, BUREAU})
    @GetMapping("/{id}/transitions")
    Mono<LifecycleView> transitions(
            @Parameter(description = "方案 id Solution id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id) {
        return lifecycle.view(id);
    }
}
