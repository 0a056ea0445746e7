package cn.xkqz.api.pilot;

import static cn.xkqz.api.security.Role.BUREAU;

import cn.xkqz.api.openapi.Anyone;
import cn.xkqz.api.openapi.Roles;
import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.pilot.performance.Performance;
import cn.xkqz.pilot.performance.ProviderPerformance;
import cn.xkqz.pilot.performance.ProviderToReview;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Performance")
@RestController
class PerformanceController {

    private final Performance performance;

    PerformanceController(Performance performance) {
        this.performance = performance;
    }

    @Operation(
            operationId = "getProviderPerformance",
            summary = "服务商绩效 Provider performance",
            description =
                    "由试点项目计算：项目数、通过与未通过数、通过率、平均等级提升、企业平均满意度、逾期里程碑数；公开。"
                            + " From the provider's projects: counts, pass rate, average level gain, average rating, late milestones.")
    @Anyone
    @GetMapping("/api/v1/providers/{id}/performance")
    Mono<ProviderPerformance> of(
            @Parameter(description = "服务商 id Provider id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id) {
        return performance.of(id);
    }

    @Operation(
            operationId = "listProvidersToReview",
            summary = "需复核的服务商 Providers to review",
            description = "通过率或满意度低于阈值（`xkqz.pilot.review.*`）或有逾期里程碑的服务商，通过率低的在前，并写明原因。"
                    + " Providers below the configured pass rate or rating, or with late milestones, worst first.")
    @Roles(BUREAU)
    @GetMapping("/api/v1/pilot/providers-to-review")
    Mono<Page<ProviderToReview>> toReview(
            @Parameter(description = "页码，从 0 开始 Page number, from 0", example = "0") @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(description = "每页条数 1–100 Page size", example = "20") @RequestParam(defaultValue = "20")
                    int size) {
        return Mono.fromCallable(() -> new PageQuery(page, size))
                .flatMap(q -> performance.toReview().collectList().map(all -> Page.of(all, q)));
    }
}
