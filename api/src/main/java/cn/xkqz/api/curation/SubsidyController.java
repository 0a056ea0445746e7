package cn.xkqz.api.curation;

import cn.xkqz.catalog.subsidy.SubsidyEstimate;
import cn.xkqz.catalog.subsidy.SubsidyRequest;
import cn.xkqz.catalog.subsidy.SubsidyService;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** What a transformation would cost after the city's subsidies (maxima; open to anyone). */
@RestController
class SubsidyController {

    private final SubsidyService subsidies;

    SubsidyController(SubsidyService subsidies) {
        this.subsidies = subsidies;
    }

    @PostMapping("/api/v1/subsidies/estimate")
    Mono<SubsidyEstimate> estimate(@RequestBody SubsidyRequest request) {
        return subsidies.estimate(request);
    }
}
