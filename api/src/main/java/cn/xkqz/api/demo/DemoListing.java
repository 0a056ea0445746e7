package cn.xkqz.api.demo;

import cn.xkqz.catalog.Viewers;
import cn.xkqz.catalog.audit.Actor;
import cn.xkqz.catalog.importing.ImportResult;
import cn.xkqz.catalog.lifecycle.TransitionRequest;
import cn.xkqz.catalog.solution.DeliveryMode;
import cn.xkqz.catalog.solution.NewSolution;
import cn.xkqz.catalog.solution.PriceRange;
import cn.xkqz.catalog.solution.Solution;
import cn.xkqz.catalog.solution.SolutionDraft;
import cn.xkqz.catalog.solution.SolutionLifecycle;
import cn.xkqz.catalog.solution.SolutionService;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A solution listed through review after the demo pilot is loaded: it answers the diagnosed crane maker's
 * downtime complaint, so the alert worker tells that enterprise (its alerts show one a moment later).
 */
@Component
@ConditionalOnBooleanProperty("xkqz.demo-data.enabled")
class DemoListing {

    private final SolutionService solutions;
    private final SolutionLifecycle lifecycle;

    DemoListing(SolutionService solutions, SolutionLifecycle lifecycle) {
        this.solutions = solutions;
        this.lifecycle = lifecycle;
    }

    Mono<Solution> load(ImportResult pool) {
        UUID provider = Objects.requireNonNull(pool.providers().get("P01"), "the demo catalogue lacks provider P01");
        SolutionDraft draft = new SolutionDraft(
                "行车停机预警与预测性维护（演示新上架）",
                "行车电机、减速机振动与温度在线监测，停机前预警，维修不再全靠老师傅经验。",
                "在行车电机和减速机上加装振动、温度传感器，数据上云分析，异常提前三天预警，生成维修工单与备件清单，减少突然停机。",
                List.of("LIFTING_EQUIPMENT"),
                List.of("EQUIPMENT"),
                List.of("行车", "停机", "预测性维护", "振动监测"),
                DeliveryMode.SAAS,
                new PriceRange(30_000L, 120_000L),
                21,
                false,
                List.of());
        Actor asProvider = new Actor("demo-provider", Viewers.PROVIDER, provider);
        return solutions
                .create(new NewSolution(provider, draft))
                .flatMap(created -> lifecycle
                        .transition(created.id(), new TransitionRequest("SUBMIT", "演示数据：提交审核", null))
                        .contextWrite(ctx -> ctx.put(Actor.class, asProvider)))
                .flatMap(submitted -> lifecycle.transition(
                        submitted.id(),
                        new TransitionRequest("APPROVE", "演示数据：审核通过", null, submitted.version(), null)));
    }
}
