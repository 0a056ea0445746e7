package cn.xkqz.api.catalog;

import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.provider.Provider;
import cn.xkqz.catalog.provider.ProviderDraft;
import cn.xkqz.catalog.provider.ProviderService;
import cn.xkqz.catalog.provider.ProviderUpdate;
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
@RequestMapping("/api/v1/providers")
class ProviderController {

    private final ProviderService providers;

    ProviderController(ProviderService providers) {
        this.providers = providers;
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
        return providers.get(id);
    }

    @GetMapping
    Mono<Page<Provider>> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Mono.fromCallable(() -> new PageQuery(page, size)).flatMap(providers::list);
    }

    @PutMapping("/{id}")
    Mono<Provider> update(@PathVariable UUID id, @RequestBody ProviderUpdate update) {
        return providers.update(id, update);
    }
}
