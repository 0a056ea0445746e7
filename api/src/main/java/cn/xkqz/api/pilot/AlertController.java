package cn.xkqz.api.pilot;

import static cn.xkqz.api.security.Role.BUREAU;
import static cn.xkqz.api.security.Role.ENTERPRISE;
import static cn.xkqz.api.security.Role.PROVIDER;

import cn.xkqz.api.openapi.Roles;
import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.matching.reverse.Demand;
import cn.xkqz.matching.reverse.Demands;
import cn.xkqz.pilot.alert.AlertView;
import cn.xkqz.pilot.alert.Alerts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Alerts")
@RestController
class AlertController {

    private final Alerts alerts;
    private final Demands demands;

    AlertController(Alerts alerts, Demands demands) {
        this.alerts = alerts;
        this.demands = demands;
    }

    @Operation(
            operationId = "listAlerts",
            summary = "新方案提醒 Alerts for the saved need",
            description =
                    "新上架（或经审核修改）的方案适合企业最新诊断时的提醒，新的在前，附与匹配相同的解释；已忽略的不再列出。"
                            + " Solutions listed since that fit the enterprise's latest diagnosis, newest first, explained as a match.")
    @Roles({ENTERPRISE, BUREAU})
    @GetMapping("/api/v1/enterprises/{id}/alerts")
    Mono<Page<AlertView>> alerts(
            @Parameter(description = "企业 id Enterprise id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id,
            @Parameter(description = "页码，从 0 开始 Page number, from 0", example = "0") @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(description = "每页条数 1–100 Page size", example = "20") @RequestParam(defaultValue = "20")
                    int size) {
        return Mono.fromCallable(() -> new PageQuery(page, size))
                .flatMap(q -> alerts.of(id).collectList().map(all -> Page.of(all, q)));
    }

    @Operation(
            operationId = "dismissAlert",
            summary = "忽略提醒 Dismiss an alert",
            description = "企业忽略一条提醒；该方案以后再修改也不再提醒。The enterprise dismisses an alert for good.")
    @ApiResponse(responseCode = "204", description = "已忽略 Dismissed")
    @Roles({ENTERPRISE, BUREAU})
    @PostMapping("/api/v1/enterprises/{id}/alerts/{alertId}/dismiss")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> dismiss(
            @Parameter(description = "企业 id Enterprise id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id,
            @Parameter(description = "提醒 id Alert id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6") @PathVariable
                    UUID alertId) {
        return alerts.dismiss(id, alertId);
    }

    @Operation(
            operationId = "getDemand",
            summary = "需求分布 Open demand",
            description = "匿名的需求分布：企业最新诊断（需求）的数量、行业与场景分布、痛点常用词（至少 2 家使用的词）；"
                    + "不含任何企业信息。Anonymous demand: open needs by industry and scene, and their common words.")
    @Roles({PROVIDER, BUREAU})
    @GetMapping("/api/v1/demand")
    Mono<Demand> demand(
            @Parameter(description = "行业代码 Industry code", example = "NEW_CHEMICALS")
                    @RequestParam(required = false)
                    @Nullable
                    String industry,
            @Parameter(description = "场景代码 Scene code", example = "SAFETY") @RequestParam(required = false) @Nullable
                    String scene) {
        return demands.of(industry, scene);
    }
}
