package cn.xkqz.api.catalog;

import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.diagnosis.Diagnosis;
import cn.xkqz.catalog.diagnosis.DiagnosisDraft;
import cn.xkqz.catalog.diagnosis.DiagnosisService;
import cn.xkqz.catalog.enterprise.Enterprise;
import cn.xkqz.catalog.enterprise.EnterpriseDraft;
import cn.xkqz.catalog.enterprise.EnterpriseService;
import java.net.URI;
import java.util.UUID;
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
@RequestMapping("/api/v1/enterprises")
class EnterpriseController {

    private final EnterpriseService enterprises;
    private final DiagnosisService diagnoses;

    EnterpriseController(EnterpriseService enterprises, DiagnosisService diagnoses) {
        this.enterprises = enterprises;
        this.diagnoses = diagnoses;
    }

    @PostMapping
    Mono<ResponseEntity<Enterprise>> create(@RequestBody EnterpriseDraft draft) {
        return enterprises
                .create(draft)
                .map(e -> ResponseEntity.created(URI.create("/api/v1/enterprises/" + e.id()))
                        .body(e));
    }

    /**
     * The enterprise itself, bureau staff and providers may read it (the service masks the credit code
     * and contacts for providers); other enterprises not at all.
     */
    @GetMapping("/{id}")
    Mono<ResponseEntity<Enterprise>> get(@PathVariable UUID id) {
        return enterprises.read(id).map(e -> VersionTags.ok(e, e.version()));
    }

    /** Bureau staff see the list whole; providers masked (by the service). */
    @GetMapping
    Mono<Page<Enterprise>> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Mono.fromCallable(() -> new PageQuery(page, size)).flatMap(q -> enterprises.readAll(q));
    }

    /** Stores a new version of the enterprise's diagnosis; matching uses the latest. */
    @PutMapping("/{id}/diagnosis")
    Mono<Diagnosis> diagnose(@PathVariable UUID id, @RequestBody DiagnosisDraft diagnosis) {
        return diagnoses.submit(id, diagnosis);
    }

    @GetMapping("/{id}/diagnosis")
    Mono<Diagnosis> latestDiagnosis(@PathVariable UUID id) {
        return diagnoses.latest(id);
    }

    /** Every version of the diagnosis, newest first, a page at a time (a history is short: read whole). */
    @GetMapping("/{id}/diagnoses")
    Mono<Page<Diagnosis>> diagnosisHistory(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return Mono.fromCallable(() -> new PageQuery(page, size))
                .flatMap(q -> diagnoses.history(id).collectList().map(all -> Page.of(all, q)));
    }
}
