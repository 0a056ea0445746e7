package cn.xkqz.api.curation;

import static cn.xkqz.api.security.Role.BUREAU;

import cn.xkqz.api.openapi.Anyone;
import cn.xkqz.api.openapi.Roles;
import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.curation.EntryRequest;
import cn.xkqz.catalog.curation.NewRecommendedList;
import cn.xkqz.catalog.curation.RecommendedList;
import cn.xkqz.catalog.curation.RecommendedLists;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Recommended lists (优质方案产品). Anyone reads published lists; bureau staff create, curate and
 * publish them (routes: {@code SecurityConfiguration}) and alone see drafts.
 */
@Tag(name = "RecommendedLists")
@RestController
@RequestMapping("/api/v1/recommended-lists")
class RecommendedListController {

    private final RecommendedLists lists;

    RecommendedListController(RecommendedLists lists) {
        this.lists = lists;
    }

    @Operation(
            operationId = "createRecommendedList",
            summary = "新建推荐清单 Create a recommended list",
            description = "新建一期草稿清单（标题与期次）。Creates a draft list: its title and the period it covers.")
    @ApiResponse(
            responseCode = "201",
            description = "已创建 Created",
            useReturnTypeSchema = true,
            headers =
                    @Header(
                            name = "Location",
                            description = "新清单的地址 The new list's URL",
                            schema = @Schema(type = "string")))
    @Roles(BUREAU)
    @PostMapping
    Mono<ResponseEntity<RecommendedList>> create(@RequestBody NewRecommendedList list) {
        return lists.create(list)
                .map(created -> ResponseEntity.created(URI.create("/api/v1/recommended-lists/" + created.id()))
                        .body(created));
    }

    /** Every published list, newest first (one or two a year: read whole). */
    @Operation(
            operationId = "listPublishedRecommendedLists",
            summary = "已发布的推荐清单 Published recommended lists",
            description = "所有已发布的清单，新的在前。Every published list, newest first.")
    @Anyone
    @GetMapping
    Mono<Page<RecommendedList>> published(
            @Parameter(description = "页码，从 0 开始 Page number, from 0", example = "0") @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(description = "每页条数 1–100 Page size", example = "20") @RequestParam(defaultValue = "20")
                    int size) {
        return Mono.fromCallable(() -> new PageQuery(page, size))
                .flatMap(q -> lists.published().collectList().map(all -> Page.of(all, q)));
    }

    /** The latest published list, as frozen when it was published. */
    @Operation(
            operationId = "getCurrentRecommendedList",
            summary = "当前推荐清单 Current recommended list",
            description = "最新发布的清单，内容为发布时冻结的快照；尚无发布则 404。The latest published list as frozen when published.")
    @ApiResponse(responseCode = "200", description = "成功 OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "尚未发布任何清单 No list published yet")
    @Anyone
    @GetMapping("/current")
    Mono<RecommendedList> current() {
        return lists.current();
    }

    @Operation(
            operationId = "getRecommendedList",
            summary = "查看推荐清单 Get a recommended list",
            description = "已发布的清单公开；草稿只有主管部门可见，其他调用者 404。Published lists are public; drafts bureau only.")
    @Anyone
    @GetMapping("/{id}")
    Mono<RecommendedList> get(
            @Parameter(description = "推荐清单 id Recommended list id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id) {
        return lists.get(id);
    }

    @Operation(
            operationId = "addRecommendedEntry",
            summary = "加入方案 Add an entry",
            description = "在指定名次加入一个已上架方案并写明推荐理由，其后的方案顺延；最多 20 个。"
                    + " Adds a listed solution at a rank with the bureau's rationale; at most 20 entries.")
    @ApiResponse(
            responseCode = "201",
            description = "已加入，返回整个清单 Added; the whole list",
            useReturnTypeSchema = true,
            headers =
                    @Header(name = "Location", description = "清单的地址 The list's URL", schema = @Schema(type = "string")))
    @ApiResponse(
            responseCode = "409",
            description = "清单已发布、已满、已有该方案或方案不在公开目录 Published, full, duplicate, or not listed")
    @Roles(BUREAU)
    @PostMapping("/{id}/entries")
    Mono<ResponseEntity<RecommendedList>> add(
            @Parameter(description = "推荐清单 id Recommended list id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id,
            @RequestBody EntryRequest entry) {
        return lists.addEntry(id, entry)
                .map(list -> ResponseEntity.created(URI.create("/api/v1/recommended-lists/" + id))
                        .body(list));
    }

    /** Moves an entry to another rank; the others shift to make room. */
    @Operation(
            operationId = "moveRecommendedEntry",
            summary = "调整名次 Move an entry",
            description = "把方案移到另一名次，其他方案相应移动。Moves an entry to another rank; the others shift to make room.")
    @ApiResponse(responseCode = "200", description = "成功 OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "清单已发布 The list is published")
    @Roles(BUREAU)
    @PutMapping("/{id}/entries/{solutionId}")
    Mono<RecommendedList> move(
            @Parameter(description = "推荐清单 id Recommended list id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id,
            @Parameter(description = "清单中的方案 id The solution's id", example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
                    @PathVariable
                    UUID solutionId,
            @RequestBody Move move) {
        return Mono.fromCallable(move::checkedRank).flatMap(rank -> lists.moveEntry(id, solutionId, rank));
    }

    record Move(@Nullable Integer rank) {

        int checkedRank() {
            if (rank == null) {
                throw new InvalidInputException("名次有误", List.of(new FieldError("rank", "不能为空")));
            }
            return rank;
        }
    }

    @Operation(
            operationId = "removeRecommendedEntry",
            summary = "移出方案 Remove an entry",
            description = "把方案移出草稿清单，返回整个清单。Takes a solution off a draft list; answers the whole list.")
    @ApiResponse(responseCode = "200", description = "成功 OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "清单已发布 The list is published")
    @Roles(BUREAU)
    @DeleteMapping("/{id}/entries/{solutionId}")
    Mono<RecommendedList> remove(
            @Parameter(description = "推荐清单 id Recommended list id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id,
            @Parameter(description = "清单中的方案 id The solution's id", example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
                    @PathVariable
                    UUID solutionId) {
        return lists.removeEntry(id, solutionId);
    }

    /** Freezes the list as it is; from now on it is public and never changes. */
    @Operation(
            operationId = "publishRecommendedList",
            summary = "发布推荐清单 Publish a recommended list",
            description = "按当前内容冻结清单；此后公开且不再改变。Freezes the list as it is; from then on it is public and never changes.")
    @ApiResponse(responseCode = "200", description = "成功 OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "已发布、为空或有方案已不在公开目录 Published, empty, or an entry no longer listed")
    @Roles(BUREAU)
    @PostMapping("/{id}/publish")
    Mono<RecommendedList> publish(
            @Parameter(description = "推荐清单 id Recommended list id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id) {
        return lists.publish(id);
    }
}
