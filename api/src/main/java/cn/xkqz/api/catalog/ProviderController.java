package cn.xkqz.api.catalog;

import static cn.xkqz.api.security.Role.BUREAU;
import static cn.xkqz.api.security.Role.PROVIDER;

import cn.xkqz.api.openapi.Anyone;
import cn.xkqz.api.openapi.Roles;
import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.lifecycle.LifecycleView;
import cn.xkqz.catalog.lifecycle.TransitionRequest;
import cn.xkqz.catalog.provider.Provider;
import cn.xkqz.catalog.provider.ProviderDraft;
import cn.xkqz.catalog.provider.ProviderLifecycle;
import cn.xkqz.catalog.provider.ProviderRevision;
import cn.xkqz.catalog.provider.ProviderService;
import cn.xkqz.catalog.provider.ProviderStatus;
import cn.xkqz.catalog.provider.ProviderUpdate;
import cn.xkqz.catalog.provider.ProviderViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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

/** Providers. Anyone sees ACTIVE ones; a provider sees and edits its own; bureau staff everything. */
@Tag(name = "Providers")
@RestController
@RequestMapping("/api/v1/providers")
class ProviderController {

    private final ProviderService providers;
    private final ProviderViews views;
    private final ProviderLifecycle lifecycle;

    ProviderController(ProviderService providers, ProviderViews views, ProviderLifecycle lifecycle) {
        this.providers = providers;
        this.views = views;
        this.lifecycle = lifecycle;
    }

    @Operation(
            operationId = "createProvider",
            summary = "服务商申请入库 Register a provider",
            description = "服务商提交入库申请（APPLIED），等待遴选。A provider applies to join the pool (APPLIED) and awaits vetting.")
    @ApiResponse(
            responseCode = "201",
            description = "已创建 Created",
            useReturnTypeSchema = true,
            headers =
                    @Header(
                            name = "Location",
                            description = "新服务商的地址 The new provider's URL",
                            schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "409", description = "统一社会信用代码已被使用 Credit code already used")
    @Roles({PROVIDER, BUREAU})
    @PostMapping
    Mono<ResponseEntity<Provider>> create(@RequestBody ProviderDraft draft) {
        return providers
                .create(draft)
                .map(p -> ResponseEntity.created(URI.create("/api/v1/providers/" + p.id()))
                        .body(p));
    }

    @Operation(
            operationId = "getProvider",
            summary = "查看服务商 Get a provider",
            description = "公众可见在库（ACTIVE）服务商，联系方式打码；服务商本身与主管部门可见全部。"
                    + " Anyone sees ACTIVE providers (contacts masked); the provider itself and bureau staff see all.")
    @Anyone
    @ApiResponse(
            responseCode = "200",
            description = "记录 The record",
            content = @Content(schema = @Schema(implementation = Provider.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "记录的版本，强 ETag，如 \"3\" The record's version as a strong ETag",
                            schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "304", description = "未修改（If-None-Match 与 ETag 相同）Not modified")
    @GetMapping("/{id}")
    Mono<ResponseEntity<Provider>> get(
            @Parameter(description = "服务商 id Provider id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id) {
        return views.read(id).map(p -> VersionTags.ok(p, p.version()));
    }

    /** Bureau staff list any status ({@code status} optional); everyone else sees ACTIVE providers. */
    @Operation(
            operationId = "listProviders",
            summary = "服务商列表 List providers",
            description = "主管部门可按任意状态列出；其他调用者只见在库（ACTIVE）服务商。"
                    + " Bureau staff list any status; everyone else sees ACTIVE providers.")
    @Anyone
    @GetMapping
    Mono<Page<Provider>> list(
            @Parameter(description = "页码，从 0 开始 Page number, from 0", example = "0") @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(description = "每页条数 1–100 Page size", example = "20") @RequestParam(defaultValue = "20")
                    int size,
            @Parameter(description = "只看该状态（主管部门）Only this status (bureau staff)", example = "ACTIVE")
                    @RequestParam(required = false)
                    @Nullable
                    ProviderStatus status) {
        return Mono.fromCallable(() -> new PageQuery(page, size)).flatMap(q -> views.list(q, status));
    }

    /**
     * Edits a profile: at once (200), or, for a vetted provider changing its name or credit code, as the
     * pending revision (202) that bureau staff approve or reject.
     */
    @Operation(
            operationId = "updateProvider",
            summary = "修改服务商资料 Update a provider",
            description = "带上读取时的 `version`。一般立即生效（200）；已遴选的服务商修改名称或信用代码成为待审修订（202）。"
                    + " Send the `version` you read: applied at once (200), or for a vetted provider's new name or credit "
                    + "code, a pending revision (202).")
    @ApiResponse(
            responseCode = "200",
            description = "已修改 Updated",
            content = @Content(schema = @Schema(implementation = Provider.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "记录的版本，强 ETag，如 \"3\" The record's version as a strong ETag",
                            schema = @Schema(type = "string")))
    @ApiResponse(
            responseCode = "202",
            description = "已作为待审修订提交 Accepted as a pending revision",
            content = @Content(schema = @Schema(implementation = ProviderRevision.class)))
    @ApiResponse(responseCode = "409", description = "版本已过期或信用代码已被使用 Stale version or credit code taken")
    @ApiResponse(responseCode = "412", description = "If-Match 与当前版本不符 If-Match does not match")
    @Roles({PROVIDER, BUREAU})
    @PutMapping("/{id}")
    Mono<ResponseEntity<Object>> update(
            @Parameter(description = "服务商 id Provider id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id,
            @Parameter(
                            description = "可选：读取时的 ETag（版本）；不符则 412。Optional: the ETag read; a mismatch answers 412.",
                            example = "\"\\\"3\\\"\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @RequestBody ProviderUpdate update) {
        return Mono.fromCallable(
                        () -> new ProviderUpdate(VersionTags.version(ifMatch, update.version()), update.provider()))
                .flatMap(checked -> providers.edit(id, checked))
                .onErrorMap(VersionTags.staleAsFailed(ifMatch))
                .map(edit -> VersionTags.edited(edit.applied(), Provider::version, edit.pending()));
    }

    /** The profile edit waiting for review, for the provider itself and bureau staff. */
    @Operation(
            operationId = "getProviderRevision",
            summary = "待审资料修订 Pending profile revision",
            description = "等待审核的资料修改，供服务商本身与主管部门查看；没有则 404。The profile edit waiting for review.")
    @Roles({PROVIDER, BUREAU})
    @GetMapping("/{id}/revision")
    Mono<ProviderRevision> revision(
            @Parameter(description = "服务商 id Provider id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id) {
        return providers.pendingRevision(id);
    }

    /** Vetting and management steps (bureau staff), and the provider's own appeal. */
    @Operation(
            operationId = "transitionProvider",
            summary = "服务商状态操作 Provider lifecycle step",
            description = "主管部门的遴选与管理操作，以及服务商本身的申诉。当前状态不允许时 409，并给出 `currentStatus` 与 "
                    + "`allowedActions`。Vetting and management steps (bureau staff) and the provider's own appeal; a "
                    + "step not allowed now answers 409 naming the allowed ones.")
    @ApiResponse(responseCode = "200", description = "成功 OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "当前状态不允许该操作或版本已过期 Not allowed now, or stale version")
    @Roles({PROVIDER, BUREAU})
    @PostMapping("/{id}/transitions")
    Mono<Provider> transition(
            @Parameter(description = "服务商 id Provider id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id,
            @RequestBody TransitionRequest request) {
        return lifecycle.transition(id, request);
    }

    /** Where the provider stands, what can happen next, and every step so far. */
    @Operation(
            operationId = "getProviderLifecycle",
            summary = "服务商状态与历史 Provider lifecycle",
            description = "当前状态、可执行的操作与全部历史。Where the provider stands, what can happen next, every step so far.")
    @Roles({PROVIDER, BUREAU})
    @GetMapping("/{id}/transitions")
    Mono<LifecycleView> transitions(
            @Parameter(description = "服务商 id Provider id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id) {
        return lifecycle.view(id);
    }
}
