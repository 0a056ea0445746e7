package cn.xkqz.api.pilot;

import static cn.xkqz.api.security.Role.BUREAU;
import static cn.xkqz.api.security.Role.ENTERPRISE;
import static cn.xkqz.api.security.Role.EXPERT;
import static cn.xkqz.api.security.Role.PROVIDER;

import cn.xkqz.api.openapi.Roles;
import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.lifecycle.LifecycleView;
import cn.xkqz.pilot.project.ProjectDraft;
import cn.xkqz.pilot.project.ProjectFilter;
import cn.xkqz.pilot.project.ProjectLifecycle;
import cn.xkqz.pilot.project.ProjectOpening;
import cn.xkqz.pilot.project.ProjectStatus;
import cn.xkqz.pilot.project.ProjectStep;
import cn.xkqz.pilot.project.ProjectView;
import cn.xkqz.pilot.project.Projects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Projects")
@RestController
@RequestMapping("/api/v1/projects")
class ProjectController {

    private final ProjectOpening opening;
    private final Projects projects;
    private final ProjectLifecycle lifecycle;

    ProjectController(ProjectOpening opening, Projects projects, ProjectLifecycle lifecycle) {
        this.opening = opening;
        this.projects = projects;
        this.lifecycle = lifecycle;
    }

    @Operation(
            operationId = "openProject",
            summary = "立项 Open a transformation project",
            description = "企业本身（或主管部门代为）与在库服务商就其已上架方案立项：计划投入、目标等级（2–4）、日期与里程碑；"
                    + "状态为 PLANNED。The enterprise (or bureau staff) opens a project with an ACTIVE provider and its "
                    + "LISTED solutions; it starts PLANNED.")
    @ApiResponse(
            responseCode = "201",
            description = "已立项 Opened",
            useReturnTypeSchema = true,
            headers =
                    @Header(
                            name = "Location",
                            description = "新项目的地址 The new project's URL",
                            schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "409", description = "服务商不在库或方案未上架 Provider not ACTIVE or solution not LISTED")
    @Roles({ENTERPRISE, BUREAU})
    @PostMapping
    Mono<ResponseEntity<ProjectView>> open(@RequestBody ProjectDraft draft) {
        return opening.open(draft)
                .map(p -> ResponseEntity.created(URI.create("/api/v1/projects/" + p.id()))
                        .body(p));
    }

    @Operation(
            operationId = "listProjects",
            summary = "项目列表 List projects",
            description = "新的在前。企业、服务商只看本方的项目，专家只看本人参与验收的项目；`overdue=true` 只列有逾期里程碑的在建项目。"
                    + " Newest first; enterprises and providers see their own, experts their panels'.")
    @Roles({ENTERPRISE, PROVIDER, EXPERT, BUREAU})
    @GetMapping
    Mono<Page<ProjectView>> list(
            @Parameter(description = "企业 id Enterprise id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @RequestParam(required = false)
                    @Nullable
                    UUID enterpriseId,
            @Parameter(description = "服务商 id Provider id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @RequestParam(required = false)
                    @Nullable
                    UUID providerId,
            @Parameter(description = "状态 Status", example = "IMPLEMENTING") @RequestParam(required = false) @Nullable
                    ProjectStatus status,
            @Parameter(description = "只列有逾期里程碑的在建项目 Only running projects with overdue milestones", example = "false")
                    @RequestParam(defaultValue = "false")
                    boolean overdue,
            @Parameter(description = "页码，从 0 开始 Page number, from 0", example = "0") @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(description = "每页条数 1–100 Page size", example = "20") @RequestParam(defaultValue = "20")
                    int size) {
        return Mono.fromCallable(() -> new PageQuery(page, size))
                .flatMap(q -> projects.list(new ProjectFilter(enterpriseId, providerId, status, overdue), q));
    }

    @Operation(
            operationId = "getProject",
            summary = "查看项目 Get a project",
            description = "项目、里程碑（是否逾期）与进度报告；项目的企业、服务商、验收专家与主管部门可见。"
                    + " The project, its milestones and progress reports, for its parties and bureau staff.")
    @Roles({ENTERPRISE, PROVIDER, EXPERT, BUREAU})
    @GetMapping("/{id}")
    Mono<ProjectView> get(
            @Parameter(description = "项目 id Project id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6") @PathVariable
                    UUID id) {
        return projects.read(id);
    }

    @Operation(
            operationId = "transitionProject",
            summary = "项目状态操作 Project lifecycle step",
            description = "CONFIRM、REPORT_PROGRESS（服务商，带 `percent` 与可选 `milestoneId`）、REQUEST_ACCEPTANCE（企业或主管部门）、"
                    + "CANCEL（企业或主管部门，验收结论前，须写理由）。当前状态不允许时 409，并给出 `allowedActions`。"
                    + " A step by the party it belongs to; a step not allowed now answers 409 naming the allowed ones.")
    @ApiResponse(responseCode = "200", description = "成功 OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "当前状态不允许该操作 Not allowed now")
    @Roles({ENTERPRISE, PROVIDER, BUREAU})
    @PostMapping("/{id}/transitions")
    Mono<ProjectView> transition(
            @Parameter(description = "项目 id Project id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6") @PathVariable
                    UUID id,
            @RequestBody ProjectStep step) {
        return lifecycle.transition(id, step);
    }

    @Operation(
            operationId = "getProjectLifecycle",
            summary = "项目状态与历史 Project lifecycle",
            description = "当前状态、可执行的操作与全部历史（含验收结论 ACCEPT、FAIL）。"
                    + " Where the project stands, what can happen next, every step so far.")
    @Roles({ENTERPRISE, PROVIDER, EXPERT, BUREAU})
    @GetMapping("/{id}/transitions")
    Mono<LifecycleView> transitions(
            @Parameter(description = "项目 id Project id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6") @PathVariable
                    UUID id) {
        return lifecycle.view(id);
    }
}
