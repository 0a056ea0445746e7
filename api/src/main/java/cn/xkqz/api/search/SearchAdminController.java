package cn.xkqz.api.search;

import cn.xkqz.api.openapi.Roles;
import cn.xkqz.api.security.Role;
import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.outbox.OutboxEvent;
import cn.xkqz.indexer.rebuild.RebuildJob;
import cn.xkqz.indexer.rebuild.RebuildService;
import cn.xkqz.indexer.status.SearchStatus;
import cn.xkqz.indexer.status.SearchStatusService;
import cn.xkqz.indexer.sync.ParkedEvents;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Bureau staff's view of the search index: status, rebuilds, and events Elasticsearch keeps refusing. */
@Tag(name = "SearchAdmin")
@RestController
@RequestMapping("/api/v1/admin/search")
class SearchAdminController {

    private final SearchStatusService status;
    private final RebuildService rebuilds;
    private final ParkedEvents parked;

    SearchAdminController(SearchStatusService status, RebuildService rebuilds, ParkedEvents parked) {
        this.status = status;
        this.rebuilds = rebuilds;
        this.parked = parked;
    }

    @Operation(
            operationId = "getSearchStatus",
            summary = "索引状态 Search index status",
            description = "索引、同步积压与最近的重建。The index, the sync backlog and the latest rebuild.")
    @Roles(Role.BUREAU)
    @GetMapping("/status")
    Mono<SearchStatus> status() {
        return status.status();
    }

    /** Starts a full rebuild from PostgreSQL; answers 202 with the job to follow. */
    @Operation(
            operationId = "startSearchRebuild",
            summary = "重建索引 Rebuild the search index",
            description = "从 PostgreSQL 全量重建并原子切换别名；返回 202 与可跟踪的任务。"
                    + " Starts a full rebuild from PostgreSQL; answers 202 with the job to follow.")
    @ApiResponse(
            responseCode = "202",
            description = "已开始 Started",
            useReturnTypeSchema = true,
            headers =
                    @Header(name = "Location", description = "任务的地址 The job's URL", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "409", description = "已有重建在运行 A rebuild is already running")
    @ApiResponse(responseCode = "503", description = "搜索服务暂不可用 Search unavailable")
    @Roles(Role.BUREAU)
    @PostMapping("/rebuild")
    Mono<ResponseEntity<RebuildJob>> rebuild() {
        return rebuilds.start()
                .map(job -> ResponseEntity.accepted()
                        .location(URI.create("/api/v1/admin/search/rebuild/" + job.id()))
                        .body(job));
    }

    @Operation(
            operationId = "getSearchRebuild",
            summary = "重建任务 Rebuild job",
            description = "重建进度、速度与预计剩余时间。A rebuild's progress, rate and estimated time left.")
    @Roles(Role.BUREAU)
    @GetMapping("/rebuild/{id}")
    Mono<RebuildJob> rebuild(
            @Parameter(description = "重建任务 id Rebuild job id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id) {
        return rebuilds.job(id);
    }

    /** Events parked after Elasticsearch refused them too often, with the last refusal. */
    @Operation(
            operationId = "listParkedEvents",
            summary = "被搁置的事件 Parked events",
            description = "Elasticsearch 多次拒绝而被搁置的同步事件，附最后一次拒绝原因。"
                    + " Events parked after Elasticsearch refused them too often, with the last refusal.")
    @Roles(Role.BUREAU)
    @GetMapping("/parked")
    Mono<Page<OutboxEvent>> parked(
            @Parameter(description = "页码，从 0 开始 Page number, from 0", example = "0") @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(description = "每页条数 1–100 Page size", example = "20") @RequestParam(defaultValue = "20")
                    int size) {
        return Mono.fromCallable(() -> new PageQuery(page, size))
                .flatMap(q -> parked.list().collectList().map(all -> Page.of(all, q)));
    }

    /** Puts every parked event back in line (after fixing what made Elasticsearch refuse them). */
    @Operation(
            operationId = "retryParkedEvents",
            summary = "重试被搁置的事件 Retry parked events",
            description = "把所有被搁置的事件放回队列（先修好被拒的原因）。Puts every parked event back in line.")
    @Roles(Role.BUREAU)
    @PostMapping("/parked/retry")
    Mono<Retried> retryParked() {
        return parked.retryAll().map(Retried::new);
    }

    record Retried(long events) {}
}
