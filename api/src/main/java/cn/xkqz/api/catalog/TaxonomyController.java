package cn.xkqz.api.catalog;

import cn.xkqz.catalog.taxonomy.Industry;
import cn.xkqz.catalog.taxonomy.Scene;
import cn.xkqz.catalog.taxonomy.Taxonomy;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/taxonomy")
class TaxonomyController {

    private final Taxonomy taxonomy;

    TaxonomyController(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GetMapping("/industries")
    Mono<List<Industry>> industries() {
        return taxonomy.industries();
    }

    @GetMapping("/scenes")
    Mono<List<Scene>> scenes() {
        return taxonomy.scenes();
    }
}
