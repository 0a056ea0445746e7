package cn.xkqz.api.pilot;

import static cn.xkqz.api.security.Role.BUREAU;
import static cn.xkqz.api.security.Role.ENTERPRISE;
import static cn.xkqz.api.security.Role.EXPERT;
import static cn.xkqz.api.security.Role.PROVIDER;

import cn.xkqz.api.openapi.Roles;
import cn.xkqz.pilot.acceptance.Acceptance;
import cn.xkqz.pilot.acceptance.AcceptanceReview;
import cn.xkqz.pilot.acceptance.AcceptanceView;
import cn.xkqz.pilot.acceptance.AcceptanceViews;
import cn.xkqz.pilot.acceptance.DecisionRequest;
import cn.xkqz.pilot.acceptance.PanelRequest;
import cn.xkqz.pilot.acceptance.Rating;
import cn.xkqz.pilot.acceptance.RatingDraft;
import cn.xkqz.pilot.acceptance.Ratings;
import cn.xkqz.pilot.acceptance.ReviewDraft;
import cn.xkqz.pilot.project.ProjectView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Acceptance")
@RestController
@RequestMapping("/api/v1/projects/{id}")
class AcceptanceController {

    private final Acceptance acceptance;
    private final AcceptanceViews views;
    private final Ratings ratings;

    AcceptanceController(Acceptance acceptance, AcceptanceViews views, Ratings ratings) {
        this.acceptance = acceptance;
        this.views = views;
        this.ratings = ratings;
    }

    @Operation(
            operationId = "nameAcceptancePanel",
            summary = "组建验收专家组 Name the acceptance panel",
            description = "申请验收的项目，由主管部门指定至少 3 位专家；受聘于该服务商或申报了与服务商、企业利益冲突的专家须回避（409）。"
                    + "在首份意见提交前可以重新指定。At least three experts tied to neither party (409 otherwise); "
                    + "renaming is possible until the first review.")
    @ApiResponse(responseCode = "200", description = "验收现状 Where acceptance stands", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "状态不对、专家须回避或已有意见 Wrong state, conflicted expert, or reviewed")
    @Roles(BUREAU)
    @PutMapping("/acceptance/panel")
    Mono<AcceptanceView> panel(
            @Parameter(description = "项目 id Project id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6") @PathVariable
                    UUID id,
            @RequestBody PanelRequest request) {
        return acceptance.namePanel(id, request).then(Mono.defer(() -> views.view(id)));
    }

    @Operation(
            operationId = "reviewProject",
            summary = "提交验收意见 Review a project",
            description = "验收专家组的专家各提交一次：评估的改造后等级（1–4）、是否通过与意见。"
                    + " Each panel expert, once: the level it assessed, pass or not, why.")
    @ApiResponse(responseCode = "201", description = "已记录 Recorded", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "状态不对或已提交 Wrong state, or reviewed already")
    @Roles(EXPERT)
    @PostMapping("/acceptance/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<AcceptanceReview> review(
            @Parameter(description = "项目 id Project id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6") @PathVariable
                    UUID id,
            @RequestBody ReviewDraft draft) {
        return acceptance.review(id, draft);
    }

    @Operation(
            operationId = "decideAcceptance",
            summary = "验收结论 Decide acceptance",
            description = "全部专家提交意见后，主管部门按改造后等级与实际投入作出结论：二级及以上为 ACCEPTED，否则 FAILED；"
                    + "专家组多数不通过时不能判定通过（409）。After every review: ACCEPTED at level 2 or above, else FAILED.")
    @ApiResponse(responseCode = "200", description = "已决定的项目 The decided project", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "状态不对、意见未齐或与专家组多数意见相反 Not ready or against the panel")
    @Roles(BUREAU)
    @PostMapping("/acceptance/decision")
    Mono<ProjectView> decide(
            @Parameter(description = "项目 id Project id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6") @PathVariable
                    UUID id,
            @RequestBody DecisionRequest decision) {
        return acceptance.decide(id, decision);
    }

    @Operation(
            operationId = "getAcceptance",
            summary = "验收现状 Where acceptance stands",
            description = "专家组、意见（专家只看到本人的）、结论与企业评价。The panel, reviews (an expert sees its own), decision, rating.")
    @Roles({ENTERPRISE, PROVIDER, EXPERT, BUREAU})
    @GetMapping("/acceptance")
    Mono<AcceptanceView> view(
            @Parameter(description = "项目 id Project id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6") @PathVariable
                    UUID id) {
        return views.view(id);
    }

    @Operation(
            operationId = "rateProject",
            summary = "企业评价 Rate a project",
            description = "验收结论作出后，项目的企业评价一次（1–5）。The project's enterprise rates it once, after the decision.")
    @ApiResponse(responseCode = "201", description = "已记录 Recorded", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "尚未作出结论或已评价 Not decided yet, or rated already")
    @Roles(ENTERPRISE)
    @PostMapping("/rating")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Rating> rate(
            @Parameter(description = "项目 id Project id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6") @PathVariable
                    UUID id,
            @RequestBody RatingDraft draft) {
        return ratings.rate(id, draft);
    }
}
