package cn.xkqz.api.pilot;

import static cn.xkqz.api.security.Role.BUREAU;

import cn.xkqz.api.openapi.Anyone;
import cn.xkqz.api.openapi.Roles;
import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.pilot.chain.ChainCaseDraft;
import cn.xkqz.pilot.chain.ChainCaseView;
import cn.xkqz.pilot.chain.ChainCases;
import cn.xkqz.pilot.chain.ChainModel;
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

@Tag(name = "Showcases")
@RestController
@RequestMapping("/api/v1/chain-cases")
class ChainCaseController {

    private final ChainCases cases;

    ChainCaseController(ChainCases cases) {
        this.cases = cases;
    }

    @Operation(
            operationId = "createChainCase",
            summary = "登记链式转型案例 Record a chain case",
            description =
                    "牵头企业或牵头服务商（二者须且只能填一个）与其带动转型的企业、模式与概述。"
                            + " A lead enterprise or provider (exactly one), the enterprises it brought along, the model, a summary.")
    @ApiResponse(
            responseCode = "201",
            description = "已登记 Created",
            useReturnTypeSchema = true,
            headers =
                    @Header(
                            name = "Location",
                            description = "新案例的地址 The new chain case's URL",
                            schema = @Schema(type = "string")))
    @Roles(BUREAU)
    @PostMapping
    Mono<ResponseEntity<ChainCaseView>> create(@RequestBody ChainCaseDraft draft) {
        return cases.create(draft)
                .map(c -> ResponseEntity.created(URI.create("/api/v1/chain-cases/" + c.id()))
                        .body(c));
    }

    @Operation(
            operationId = "listChainCases",
            summary = "链式转型案例列表 List chain cases",
            description = "新的在前，可按模式筛选；公开。 Newest first, by model; public.")
    @Anyone
    @GetMapping
    Mono<Page<ChainCaseView>> list(
            @Parameter(description = "模式 Model", example = "SUPPLY_CHAIN") @RequestParam(required = false) @Nullable
                    ChainModel model,
            @Parameter(description = "页码，从 0 开始 Page number, from 0", example = "0") @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(description = "每页条数 1–100 Page size", example = "20") @RequestParam(defaultValue = "20")
                    int size) {
        return Mono.fromCallable(() -> new PageQuery(page, size)).flatMap(p -> cases.list(model, p));
    }

    @Operation(
            operationId = "getChainCase",
            summary = "查看链式转型案例 Get a chain case",
            description = "牵头方与带动企业（含名称）、模式与概述；公开。 The chain case with its lead and members by name; public.")
    @Anyone
    @GetMapping("/{id}")
    Mono<ChainCaseView> get(
            @Parameter(description = "案例 id Chain case id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id) {
        return cases.get(id);
    }
}
