package cn.xkqz.api.catalog;

import cn.xkqz.api.openapi.Anyone;
import cn.xkqz.catalog.taxonomy.Industry;
import cn.xkqz.catalog.taxonomy.Scene;
import cn.xkqz.catalog.taxonomy.Taxonomy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Taxonomy")
@RestController
@RequestMapping("/api/v1/taxonomy")
class TaxonomyController {

    private final Taxonomy taxonomy;

    TaxonomyController(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Operation(
            operationId = "listIndustries",
            summary = "行业代码 Industry codes",
            description = "试点的四个行业与 GENERAL（跨行业方案）。The pilot's industries and GENERAL (cross-industry).")
    @Anyone
    @GetMapping("/industries")
    Mono<List<Industry>> industries() {
        return taxonomy.industries();
    }

    @Operation(
            operationId = "listScenes",
            summary = "需求场景代码 Demand-scene codes",
            description = "工信部数字化转型需求场景。The MIIT demand scenes of digital transformation.")
    @Anyone
    @GetMapping("/scenes")
    Mono<List<Scene>> scenes() {
        return taxonomy.scenes();
    }
}
