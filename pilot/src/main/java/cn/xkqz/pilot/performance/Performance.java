package cn.xkqz.pilot.performance;

import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.lifecycle.Lifecycle;
import cn.xkqz.catalog.provider.Provider;
import cn.xkqz.catalog.provider.ProviderService;
import cn.xkqz.pilot.PilotProperties;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Provider performance from the pilot's projects (public: enterprises choose by it), and the providers
 * bureau staff should review by the thresholds of {@link PilotProperties}.
 */
@Service
public class Performance {

    private final PerformanceRepository figures;
    private final ProviderService providers;
    private final Lifecycle lifecycle;
    private final PilotProperties thresholds;

    Performance(
            PerformanceRepository figures, ProviderService providers, Lifecycle lifecycle, PilotProperties thresholds) {
        this.figures = figures;
        this.providers = providers;
        this.lifecycle = lifecycle;
        this.thresholds = thresholds;
    }

    /** The provider's figures (zeros and nulls before its first project). */
    public Mono<ProviderPerformance> of(UUID providerId) {
        return providers
                .get(providerId)
                .then(figures.performance(providerId, lifecycle.today()).next())
                .defaultIfEmpty(ProviderPerformance.none(providerId));
    }

    /** Every provider with projects, with its figures (for the dashboard; the caller checks who asks). */
    public Flux<ProviderPerformance> all() {
        return figures.performance(null, lifecycle.today());
    }

    /** Providers with a reason for review, worst pass rate first (bureau staff). */
    public Flux<ProviderToReview> toReview() {
        return Permissions.bureau("只有主管部门工作人员可以查看服务商绩效预警")
                .thenMany(all())
                .filter(performance -> !reasons(performance).isEmpty())
                .collectSortedList(
                        Comparator.comparing((ProviderPerformance p) -> p.passRate() == null ? 1.0 : p.passRate()))
                .flatMapMany(Flux::fromIterable)
                .concatMap(performance ->
                        providers.get(performance.providerId()).map(provider -> flagged(provider, performance)));
    }

    private ProviderToReview flagged(Provider provider, ProviderPerformance performance) {
        return new ProviderToReview(provider.id(), provider.name(), performance, reasons(performance));
    }

    /** Why the provider needs a look, in words for bureau staff; empty when it does not. */
    List<String> reasons(ProviderPerformance p) {
        List<String> reasons = new ArrayList<>();
        boolean judged = p.decided() >= thresholds.minDecidedProjects();
        Double passRate = p.passRate();
        if (judged && passRate != null && passRate < thresholds.minPassRate()) {
            reasons.add(String.format("验收通过率 %.0f%% 低于 %.0f%%", passRate * 100, thresholds.minPassRate() * 100));
        }
        Double rating = p.averageRating();
        if (judged && rating != null && rating < thresholds.minAverageRating()) {
            reasons.add(String.format("企业平均满意度 %.1f 低于 %.1f", rating, thresholds.minAverageRating()));
        }
        if (p.lateMilestones() > 0) {
            reasons.add("有 " + p.lateMilestones() + " 个里程碑逾期");
        }
        return reasons;
    }
}
