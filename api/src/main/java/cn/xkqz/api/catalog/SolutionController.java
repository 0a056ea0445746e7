package cn.xkqz.api.catalog;

import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.solution.NewSolution;
import cn.xkqz.catalog.solution.Solution;
import cn.xkqz.catalog.solution.SolutionService;
import cn.xkqz.catalog.solution.SolutionStatus;
import cn.xkqz.catalog.solution.SolutionUpdate;
import cn.xkqz.indexer.search.SearchResult;
import cn.xkqz.indexer.search.SolutionSearch;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/solutions")
class SolutionController {

    private final SolutionService solutions;
    private final SolutionSearch search;

    SolutionController(SolutionService solutions, SolutionSearch search) {
        this.solutions = solutions;
        this.search = search;
    }

    @PostMapping
    Mono<ResponseEntity<Solution>> create(@RequestBody NewSolution solution) {
        return solutions
                .create(solution)
                .map(s -> ResponseEntity.created(URI.create("/api/v1/solutions/" + s.id()))
                        .body(s));
    }

    @GetMapping("/{id}")
    Mono<Solution> get(@PathVariable UUID id) {
        return solutions.get(id);
    }

    @GetMapping
    Mono<Page<Solution>> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) @Nullable UUID providerId,
            @RequestParam(required = false) @Nullable SolutionStatus status) {
        return Mono.fromCallable(() -> new PageQuery(page, size))
                .flatMap(query -> solutions.list(query, providerId, status));
    }

    /** Searchable solutions like this one (similar wording, same scenes and industries first). */
    @GetMapping("/{id}/similar")
    Mono<Similar> similar(@PathVariable UUID id, @RequestParam(defaultValue = "10") int size) {
        return Mono.fromCallable(() -> new PageQuery(0, size))
                .flatMap(checked -> search.similar(id, checked.size()))
                .map(Similar::new);
    }

    record Similar(List<SearchResult.Hit> items) {}

    @PutMapping("/{id}")
    Mono<Solution> update(@PathVariable UUID id, @RequestBody SolutionUpdate update) {
        return solutions.update(id, update);
    }
}
