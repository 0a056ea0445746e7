package cn.xkqz.api.catalog;

import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.lifecycle.LifecycleView;
import cn.xkqz.catalog.lifecycle.TransitionRequest;
import cn.xkqz.catalog.provider.Provider;
import cn.xkqz.catalog.provider.ProviderDraft;
import cn.xkqz.catalog.provider.ProviderEdit;
import cn.xkqz.catalog.provider.ProviderLifecycle;
import cn.xkqz.catalog.provider.ProviderRevision;
import cn.xkqz.catalog.provider.ProviderService;
import cn.xkqz.catalog.provider.ProviderStatus;
import cn.xkqz.catalog.provider.ProviderUpdate;
import cn.xkqz.catalog.provider.ProviderViews;
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

    @PostMapping
    Mono<ResponseEntity<Provider>> create(@RequestBody ProviderDraft draft) {
        return providers
                .create(draft)
                .map(p -> ResponseEntity.created(URI.create("/api/v1/providers/" + p.id()))
                        .body(p));
    }

    @GetMapping("/{id}")
    Mono<ResponseEntity<Provider>> get(@PathVariable UUID id) {
        return views.read(id).map(p -> VersionTags.ok(p, p.version()));
    }

    /** Bureau staff list any status ({@code status} optional); everyone else sees ACTIVE providers. */
    @GetMapping
    Mono<Page<Provider>> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) @Nullable ProviderStatus status) {
        return Mono.fromCallable(() -> new PageQuery(page, size)).flatMap(q -> views.list(q, status));
    }

    /**
     * Edits a profile: at once (200), or, for a vetted provider changing its name or credit code, as the
     * pending revision (202) that bureau staff approve or reject.
     */
    @PutMapping("/{id}")
    Mono<ResponseEntity<Object>> update(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody ProviderUpdate update) {
        return Mono.fromCallable(
                        () -> new ProviderUpdate(VersionTags.version(ifMatch, update.version()), update.provider()))
                .flatMap(checked -> providers.edit(id, checked))
                .onErrorMap(VersionTags.staleAsFailed(ifMatch))
                .map(ProviderController::answer);
    }

    /** The applied edit with its new ETag; a pending revision (202) leaves the record, and its tag, as it was. */
    private static ResponseEntity<Object> answer(ProviderEdit edit) {
        Provider applied = edit.applied();
        return applied != null
                ? ResponseEntity.ok().eTag(VersionTags.of(applied.version())).<Object>body(applied)
                : ResponseEntity.accepted().<Object>body(edit.pending());
    }

    /** The profile edit waiting for review, for the provider itself and bureau staff. */
    @GetMapping("/{id}/revision")
    Mono<ProviderRevision> revision(@PathVariable UUID id) {
        return providers.pendingRevision(id);
    }

    /** Vetting and management steps (bureau staff), and the provider's own appeal. */
    @PostMapping("/{id}/transitions")
    Mono<Provider> transition(@PathVariable UUID id, @RequestBody TransitionRequest request) {
        return lifecycle.transition(id, request);
    }

    /** Where the provider stands, what can happen next, and every step so far. */
    @GetMapping("/{id}/transitions")
    Mono<LifecycleView> transitions(@PathVariable UUID id) {
        return lifecycle.view(id);
    }
}
