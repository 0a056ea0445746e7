package cn.xkqz.api.catalog;

import cn.xkqz.api.security.Access;
import cn.xkqz.api.security.Actors;
import cn.xkqz.api.security.Role;
import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.lifecycle.LifecycleView;
import cn.xkqz.catalog.lifecycle.TransitionRequest;
import cn.xkqz.catalog.provider.Provider;
import cn.xkqz.catalog.provider.ProviderDraft;
import cn.xkqz.catalog.provider.ProviderLifecycle;
import cn.xkqz.catalog.provider.ProviderService;
import cn.xkqz.catalog.provider.ProviderStatus;
import cn.xkqz.catalog.provider.ProviderUpdate;
import java.net.URI;
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

/** Providers. Anyone sees ACTIVE ones; a provider sees and edits its own; bureau staff everything. */
@RestController
@RequestMapping("/api/v1/providers")
class ProviderController {

    private final ProviderService providers;
    private final ProviderLifecycle lifecycle;
    private final Access access;

    ProviderController(ProviderService providers, ProviderLifecycle lifecycle, Access access) {
        this.providers = providers;
        this.lifecycle = lifecycle;
        this.access = access;
    }

    @PostMapping
    Mono<ResponseEntity<Provider>> create(@RequestBody ProviderDraft draft) {
        return providers
                .create(draft)
                .map(p -> ResponseEntity.created(URI.create("/api/v1/providers/" + p.id()))
                        .body(p));
    }

    @GetMapping("/{id}")
    Mono<Provider> get(@PathVariable UUID id) {
        return providers.get(id).zipWith(access.actor()).flatMap(found -> {
            Provider provider = found.getT1();
            boolean visible = provider.status() == ProviderStatus.ACTIVE
                    || Actors.isBureauOr(found.getT2(), Role.PROVIDER, provider.id());
            return visible ? Mono.just(provider) : Mono.error(new NotFoundException("服务商", id));
        });
    }

    /** Bureau staff list any status ({@code status} optional); everyone else sees ACTIVE providers. */
    @GetMapping
    Mono<Page<Provider>> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) @Nullable ProviderStatus status) {
        return Mono.fromCallable(() -> new PageQuery(page, size))
                .zipWith(access.actor())
                .flatMap(q ->
                        providers.list(q.getT1(), Actors.is(q.getT2(), Role.BUREAU) ? status : ProviderStatus.ACTIVE));
    }

    @PutMapping("/{id}")
    Mono<Provider> update(@PathVariable UUID id, @RequestBody ProviderUpdate update) {
        return access.providerOrBureau(id).then(Mono.defer(() -> providers.update(id, update)));
    }

    /** Vetting and management steps (bureau staff), and the provider's own appeal. */
    @PostMapping("/{id}/transitions")
    Mono<Provider> transition(@PathVariable UUID id, @RequestBody TransitionRequest request) {
        return lifecycle
                .action(request)
                .flatMap(action ->
                        access.mayTake(action, id).then(Mono.defer(() -> lifecycle.apply(id, action, request))));
    }

    /** Where the provider stands, what can happen next, and every step so far. */
    @GetMapping("/{id}/transitions")
    Mono<LifecycleView> transitions(@PathVariable UUID id) {
        return access.providerOrBureau(id).then(Mono.defer(() -> lifecycle.view(id)));
    }
}
