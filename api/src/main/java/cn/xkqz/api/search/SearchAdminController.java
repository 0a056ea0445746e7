package cn.xkqz.api.search;

import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.outbox.OutboxEvent;
import cn.xkqz.indexer.rebuild.RebuildJob;
import cn.xkqz.indexer.rebuild.RebuildService;
import cn.xkqz.indexer.status.SearchStatus;
import cn.xkqz.indexer.status.SearchStatusService;
import cn.xkqz.indexer.sync.ParkedEvents;
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

    @GetMapping("/status")
    Mono<SearchStatus> status() {
        return status.status();
    }

    /** Starts a full rebuild from PostgreSQL; answers 202 with the job to follow. */
    @PostMapping("/rebuild")
    Mono<ResponseEntity<RebuildJob>> rebuild() {
        return rebuilds.start()
                .map(job -> ResponseEntity.accepted()
                        .location(URI.create("/api/v1/admin/search/rebuild/" + job.id()))
                        .body(job));
    }

    @GetMapping("/rebuild/{id}")
    Mono<RebuildJob> rebuild(@PathVariable UUID id) {
        return rebuilds.job(id);
    }

    /** Events parked after Elasticsearch refused them too often, with the last refusal. */
    @GetMapping("/parked")
    Mono<Page<OutboxEvent>> parked(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Mono.fromCallable(() -> new PageQuery(page, size))
                .flatMap(q -> parked.list().collectList().map(all -> Page.of(all, q)));
    }

    /** Puts every parked event back in line (after fixing what made Elasticsearch refuse them). */
    @PostMapping("/parked/retry")
    Mono<Retried> retryParked() {
        return parked.retryAll().map(Retried::new);
    }

    record Retried(long events) {}
}
