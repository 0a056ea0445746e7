package cn.xkqz.api.curation;

import cn.xkqz.api.openapi.Anyone;
import cn.xkqz.catalog.subsidy.SubsidyEstimate;
import cn.xkqz.catalog.subsidy.SubsidyRequest;
import cn.xkqz.catalog.subsidy.SubsidyService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** What a transformation would cost after the city's subsidies (maxima; open to anyone). */
@Tag(name = "Subsidies")
@RestController
class SubsidyController {

    private final SubsidyService subsidies;

    SubsidyController(SubsidyService subsidies) {
        this.subsidies = subsidies;
    }

    @Operation(
            operationId = "estimateSubsidy",
            summary = "奖补测算 Estimate subsidies",
            description = "按本市奖补规则测算计划投入可得的最高奖补（逐条列出），不保存任何内容。`subsidyYuan` 仅为改造投入奖补。"
                    + " The city's subsidy rules applied to a planned spend, itemised; stores nothing.")
    @Anyone
    @PostMapping("/api/v1/subsidies/estimate")
    Mono<SubsidyEstimate> estimate(@RequestBody SubsidyRequest request) {
        return subsidies.estimate(request);
    }
}
