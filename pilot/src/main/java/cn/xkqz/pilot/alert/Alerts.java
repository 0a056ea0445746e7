package cn.xkqz.pilot.alert;

import cn.xkqz.catalog.Jsonb;
import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.enterprise.EnterpriseService;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.solution.SolutionService;
import cn.xkqz.matching.MatchResult;
import cn.xkqz.matching.reverse.Fit;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The alerts of saved needs: stored from reverse matching, read and dismissed by the enterprise. */
@Service
public class Alerts {

    private final AlertRepository alerts;
    private final EnterpriseService enterprises;
    private final SolutionService solutions;
    private final AuditTrail audit;
    private final Clock clock;

    Alerts(
            AlertRepository alerts,
            EnterpriseService enterprises,
            SolutionService solutions,
            AuditTrail audit,
            Clock clock) {
        this.alerts = alerts;
        this.enterprises = enterprises;
        this.solutions = solutions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The enterprise's alerts not dismissed, newest first (the enterprise itself and bureau staff). */
    public Flux<AlertView> of(UUID enterpriseId) {
        return Permissions.enterpriseOrBureau(enterpriseId)
                .then(enterprises.get(enterpriseId))
                .thenMany(alerts.open(enterpriseId))
                .concatMap(alert -> solutions
                        .get(alert.solutionId())
                        .map(solution -> new AlertView(
                                alert.id(),
                                alert.solutionId(),
                                solution.name(),
                                alert.score(),
                                alert.createdAt(),
                                Jsonb.MAPPER.readValue(alert.explanation(), MatchResult.Explanation.class))));
    }

    /** Dismisses one of the enterprise's alerts (the enterprise itself and bureau staff); it stays dismissed. */
    @Transactional
    public Mono<Void> dismiss(UUID enterpriseId, UUID alertId) {
        return Permissions.enterpriseOrBureau(enterpriseId)
                .then(Mono.defer(() -> alerts.dismiss(alertId, enterpriseId, clock.instant())))
                .flatMap(changed -> changed == 0
                        ? Mono.error(new NotFoundException("企业 " + enterpriseId + " 没有未处理的提醒 " + alertId))
                        : audit.append(
                                "ALERT_DISMISSED",
                                "ENTERPRISE",
                                enterpriseId,
                                null,
                                Map.of("alertId", alertId.toString())));
    }

    /** Stores what reverse matching found (in the caller's transaction); how many alerts are new or fresh. */
    Mono<Integer> store(List<Fit> fits) {
        return Flux.fromIterable(fits)
                .concatMap(fit -> alerts.upsert(
                        UUID.randomUUID(),
                        fit.enterpriseId(),
                        fit.solutionId(),
                        fit.score(),
                        Jsonb.MAPPER.writeValueAsString(fit.explanation()),
                        clock.instant()))
                .reduce(0, Integer::sum);
    }
}
