package cn.xkqz.api.pilot;

import static cn.xkqz.api.security.Role.BUREAU;

import cn.xkqz.api.openapi.Anyone;
import cn.xkqz.api.openapi.Roles;
import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.pilot.showcase.ShowcaseCategory;
import cn.xkqz.pilot.showcase.ShowcaseDraft;
import cn.xkqz.pilot.showcase.ShowcaseFilter;
import cn.xkqz.pilot.showcase.ShowcaseView;
import cn.xkqz.pilot.showcase.Showcases;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Showcases")
@RestController
class ShowcaseController {

    private static final String ID_EXAMPLE = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

    private final Showcases showcases;

    ShowcaseController(Showcases showcases) {
        this.showcases = showcases;
    }

    @Operation(
            operationId = "createShowcase",
            summary = "评选样板企业 Make a showcase",
            description = "主管部门把验收通过（ACCEPTED）项目的企业评为样板：类别、标题与改造前后效果；服务商与方案取自项目。"
                    + "项目未验收通过或已评过样板时 409。 Bureau staff make a showcase of an ACCEPTED project, once per "
                    + "project; its provider and solutions are the project's.")
    @ApiResponse(
            responseCode = "201",
            description = "已评选 Created",
            useReturnTypeSchema = true,
            headers =
                    @Header(
                            name = "Location",
                            description = "新样板的地址 The new showcase's URL",
                            schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "409", description = "项目未验收通过或已是样板 Project not ACCEPTED, or already a showcase")
    @Roles(BUREAU)
    @PostMapping("/api/v1/showcases")
    Mono<ResponseEntity<ShowcaseView>> create(@RequestBody ShowcaseDraft draft) {
        return showcases
                .create(draft)
                .map(s -> ResponseEntity.created(URI.create("/api/v1/showcases/" + s.id()))
                        .body(s));
    }

    @Operation(
            operationId = "listShowcases",
            summary = "样板企业列表 List showcases",
            description = "新的在前；可按企业行业、方案场景、类别筛选，`q` 在标题与效果中查找；公开。"
                    + " Newest first, by industry, scene, category, and text in the title or results; public.")
    @Anyone
    @GetMapping("/api/v1/showcases")
    Mono<Page<ShowcaseView>> list(
            @Parameter(description = "企业行业代码 Industry code", example = "LIFTING_EQUIPMENT")
                    @RequestParam(required = false)
                    @Nullable
                    String industry,
            @Parameter(description = "方案场景代码 Scene code", example = "EQUIPMENT")
                    @RequestParam(required = false)
                    @Nullable
                    String scene,
            @Parameter(description = "样板类别 Category", example = "SMART_WORKSHOP")
                    @RequestParam(required = false)
                    @Nullable
                    ShowcaseCategory category,
            @Parameter(description = "标题或效果中的文字 Text in the title or results", example = "停机")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "页码，从 0 开始 Page number, from 0", example = "0") @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(description = "每页条数 1–100 Page size", example = "20") @RequestParam(defaultValue = "20")
                    int size) {
        return Mono.fromCallable(() -> new PageQuery(page, size))
                .flatMap(p -> showcases.list(new ShowcaseFilter(industry, scene, category, q, null, null), p));
    }

    @Operation(
            operationId = "getShowcase",
            summary = "查看样板 Get a showcase",
            description = "样板企业、服务商、方案与场景、改造前后等级与效果；公开。 The showcase; public.")
    @Anyone
    @GetMapping("/api/v1/showcases/{id}")
    Mono<ShowcaseView> get(@Parameter(description = "样板 id Showcase id", example = ID_EXAMPLE) @PathVariable UUID id) {
        return showcases.get(id);
    }

    @Operation(
            operationId = "listSolutionShowcases",
            summary = "方案的样板 A solution's showcases",
            description = "用过该方案的样板企业，新的在前；公开。 Showcases whose project used the solution; public.")
    @Anyone
    @GetMapping("/api/v1/solutions/{id}/showcases")
    Mono<Page<ShowcaseView>> ofSolution(
            @Parameter(description = "方案 id Solution id", example = ID_EXAMPLE) @PathVariable UUID id,
            @Parameter(description = "页码，从 0 开始 Page number, from 0", example = "0") @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(description = "每页条数 1–100 Page size", example = "20") @RequestParam(defaultValue = "20")
                    int size) {
        return Mono.fromCallable(() -> new PageQuery(page, size)).flatMap(p -> showcases.ofSolution(id, p));
    }

    @Operation(
            operationId = "listProviderShowcases",
            summary = "服务商的样板 A provider's showcases",
            description = "该服务商实施的样板企业，新的在前；公开。 Showcases the provider delivered; public.")
    @Anyone
    @GetMapping("/api/v1/providers/{id}/showcases")
    Mono<Page<ShowcaseView>> ofProvider(
            @Parameter(description = "服务商 id Provider id", example = ID_EXAMPLE) @PathVariable UUID id,
            @Parameter(description = "页码，从 0 开始 Page number, from 0", example = "0") @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(description = "每页条数 1–100 Page size", example = "20") @RequestParam(defaultValue = "20")
                    int size) {
        return Mono.fromCallable(() -> new PageQuery(page, size)).flatMap(p -> showcases.ofProvider(id, p));
    }
}
