package cn.xkqz.api.catalog;

import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.comparison.Comparison;
import cn.xkqz.catalog.comparison.SolutionComparison;
import cn.xkqz.catalog.lifecycle.LifecycleView;
import cn.xkqz.catalog.lifecycle.TransitionRequest;
import cn.xkqz.catalog.solution.ApprovedVersion;
import cn.xkqz.catalog.solution.NewSolution;
import cn.xkqz.catalog.solution.PendingRevision;
import cn.xkqz.catalog.solution.Solution;
import cn.xkqz.catalog.solution.SolutionEdit;
import cn.xkqz.catalog.solution.SolutionLifecycle;
import cn.xkqz.catalog.solution.SolutionService;
import cn.xkqz.catalog.solution.SolutionStatus;
import cn.xkqz.catalog.solution.SolutionUpdate;
import cn.xkqz.catalog.solution.SolutionViews;
import cn.xkqz.indexer.search.SearchResult;
import cn.xkqz.indexer.search.SolutionSearch;
import java.net.URI;
import java.util.List;
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

@RestController
@RequestMapping("/api/v1/solutions")
class SolutionController {

    private final SolutionService solutions;
    private final SolutionViews views;
    private final SolutionLifecycle lifecycle;
    private final SolutionComparison comparison;
    private final SolutionSearch search;

    SolutionController(
            SolutionService solutions,
            SolutionViews views,
            SolutionLifecycle lifecycle,
            SolutionComparison comparison,
            SolutionSearch search) {
        this.solutions = solutions;
        this.views = views;
        this.lifecycle = lifecycle;
        this.comparison = comparison;
        this.search = search;
    }

    /** A provider creates its own solutions; with no provider named, validation answers (400). */
    @PostMapping
    Mono<ResponseEntity<Solution>> create(@RequestBody NewSolution solution) {
        return solutions
                .create(solution)
                .map(s -> ResponseEntity.created(URI.create("/api/v1/solutions/" + s.id()))
                        .body(s));
    }

    /** What the public sees (LISTED, provider ACTIVE); its provider and bureau staff any state; else 404. */
    @GetMapping("/{id}")
    Mono<ResponseEntity<Solution>> get(@PathVariable UUID id) {
        return views.read(id).map(s -> VersionTags.ok(s, s.version()));
    }

    /**
     * 2–4 solutions side by side, with subsidy estimates at both ends of each price range for an
     * enterprise expecting to reach {@code expectedLevel}.
     */
    @GetMapping("/compare")
    Mono<Comparison> compare(@RequestParam String ids, @RequestParam(defaultValue = "2") int expectedLevel) {
        return comparison.compare(ids, expectedLevel);
    }

    @GetMapping
    Mono<Page<Solution>> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) @Nullable UUID providerId,
            @RequestParam(required = false) @Nullable SolutionStatus status) {
        return Mono.fromCallable(() -> new PageQuery(page, size)).flatMap(q -> views.list(q, providerId, status));
    }

    /** Searchable solutions like this one (similar wording, same scenes and industries first). */
    @GetMapping("/{id}/similar")
    Mono<Similar> similar(@PathVariable UUID id, @RequestParam(defaultValue = "10") int size) {
        return Mono.fromCallable(() -> new PageQuery(0, size))
                .flatMap(checked -> search.similar(id, checked.size()))
                .map(Similar::new);
    }

    record Similar(List<SearchResult.Hit> items) {}

    /**
     * Edits a solution: a draft (or any unlisted one) at once; a LISTED one becomes a pending revision
     * (202) and the listed version stays live until bureau staff approve it.
     */
    @PutMapping("/{id}")
    Mono<ResponseEntity<Object>> update(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody SolutionUpdate update) {
        return Mono.fromCallable(
                        () -> new SolutionUpdate(VersionTags.version(ifMatch, update.version()), update.solution()))
                .flatMap(checked -> solutions.edit(id, checked))
                .onErrorMap(VersionTags.staleAsFailed(ifMatch))
                .map(SolutionController::answer);
    }

    /** The applied edit with its new ETag; a pending revision (202) leaves the record, and its tag, as it was. */
    private static ResponseEntity<Object> answer(SolutionEdit edit) {
        Solution applied = edit.applied();
        return applied != null
                ? ResponseEntity.ok().eTag(VersionTags.of(applied.version())).<Object>body(applied)
                : ResponseEntity.accepted().<Object>body(edit.pending());
    }

    /** The edit waiting for review, for its provider and bureau staff. */
    @GetMapping("/{id}/revision")
    Mono<PendingRevision> revision(@PathVariable UUID id) {
        return solutions.pendingRevision(id);
    }

    /** Every approved version, newest first, for whoever may see the solution (a few per solution: read whole). */
    @GetMapping("/{id}/versions")
    Mono<Page<ApprovedVersion>> versions(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return Mono.fromCallable(() -> new PageQuery(page, size))
                .flatMap(q -> views.versions(id).collectList().map(all -> Page.of(all, q)));
    }

    /** Review and listing steps: the provider submits, delists and confirms; bureau staff list or reject. */
    @PostMapping("/{id}/transitions")
    Mono<Solution> transition(@PathVariable UUID id, @RequestBody TransitionRequest request) {
        return lifecycle.transition(id, request);
    }

    /** Where the solution stands, what can happen next, and every step so far (its provider and bureau). */
    @GetMapping("/{id}/transitions")
    Mono<LifecycleView> transitions(@PathVariable UUID id) {
        return lifecycle.view(id);
    }
}
