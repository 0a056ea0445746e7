package cn.xkqz.api.catalog;

import cn.xkqz.catalog.enterprise.Enterprise;
import cn.xkqz.catalog.enterprise.EnterpriseDraft;
import cn.xkqz.catalog.enterprise.EnterpriseService;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/enterprises")
class EnterpriseController {

    private final EnterpriseService enterprises;

    EnterpriseController(EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @PostMapping
    Mono<ResponseEntity<Enterprise>> create(@RequestBody EnterpriseDraft draft) {
        return enterprises
                .create(draft)
                .map(e -> ResponseEntity.created(URI.create("/api/v1/enterprises/" + e.id()))
                        .body(e));
    }

    @GetMapping("/{id}")
    Mono<Enterprise> get(@PathVariable UUID id) {
        return enterprises.get(id);
    }
}
