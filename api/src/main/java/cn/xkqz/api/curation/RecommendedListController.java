package cn.xkqz.api.curation;

import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.curation.EntryRequest;
import cn.xkqz.catalog.curation.NewRecommendedList;
import cn.xkqz.catalog.curation.RecommendedList;
import cn.xkqz.catalog.curation.RecommendedLists;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
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
@RestController
@RequestMapping("/api/v1/recommended-lists")
class RecommendedListController {

    private final RecommendedLists lists;

    RecommendedListController(RecommendedLists lists) {
        this.lists = lists;
    }

    @PostMapping
    Mono<ResponseEntity<RecommendedList>> create(@RequestBody NewRecommendedList list) {
        return lists.create(list)
                .map(created -> ResponseEntity.created(URI.create("/api/v1/recommended-lists/" + created.id()))
                        .body(created));
    }

    /** Every published list, newest first (one or two a year: read whole). */
    @GetMapping
    Mono<Page<RecommendedList>> published(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Mono.fromCallable(() -> new PageQuery(page, size))
                .flatMap(q -> lists.published().collectList().map(all -> Page.of(all, q)));
    }

    /** The latest published list, as frozen when it was published. */
    @GetMapping("/current")
    Mono<RecommendedList> current() {
        return lists.current();
    }

    @GetMapping("/{id}")
    Mono<RecommendedList> get(@PathVariable UUID id) {
        return lists.get(id);
    }

    @PostMapping("/{id}/entries")
    Mono<ResponseEntity<RecommendedList>> add(@PathVariable UUID id, @RequestBody EntryRequest entry) {
        return lists.addEntry(id, entry)
                .map(list -> ResponseEntity.created(URI.create("/api/v1/recommended-lists/" + id))
                        .body(list));
    }

    /** Moves an entry to another rank; the others shift to make room. */
    @PutMapping("/{id}/entries/{solutionId}")
    Mono<RecommendedList> move(@PathVariable UUID id, @PathVariable UUID solutionId, @RequestBody Move move) {
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

    @DeleteMapping("/{id}/entries/{solutionId}")
    Mono<RecommendedList> remove(@PathVariable UUID id, @PathVariable UUID solutionId) {
        return lists.removeEntry(id, solutionId);
    }

    /** Freezes the list as it is; from now on it is public and never changes. */
    @PostMapping("/{id}/publish")
    Mono<RecommendedList> publish(@PathVariable UUID id) {
        return lists.publish(id);
    }
}
