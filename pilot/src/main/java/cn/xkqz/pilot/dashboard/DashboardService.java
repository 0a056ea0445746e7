package cn.xkqz.pilot.dashboard;

import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.lifecycle.Lifecycle;
import cn.xkqz.pilot.dashboard.DashboardRepository.Actuals;
import cn.xkqz.pilot.dashboard.DashboardRepository.GroupRow;
import cn.xkqz.pilot.dashboard.DashboardRepository.LevelRow;
import cn.xkqz.pilot.dashboard.DashboardRepository.RatioCounts;
import cn.xkqz.pilot.fund.Funds;
import cn.xkqz.pilot.performance.Performance;
import cn.xkqz.pilot.performance.ProviderPerformance;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Assembles the dashboard from a few aggregate queries (bureau staff). */
@Service
public class DashboardService {

    static final int PROVIDERS_SHOWN = 5;

    private final DashboardRepository figures;
    private final PlanTargets plan;
    private final Funds funds;
    private final Performance performance;
    private final Lifecycle calendar;

    DashboardService(
            DashboardRepository figures, PlanTargets plan, Funds funds, Performance performance, Lifecycle calendar) {
        this.figures = figures;
        this.plan = plan;
        this.funds = funds;
        this.performance = performance;
        this.calendar = calendar;
    }

    /** The dashboard for {@code year} (2025 or 2026), or for the whole pilot when null. */
    public Mono<Dashboard> of(@Nullable Integer year) {
        if (year != null && year != 2025 && year != 2026) {
            return Mono.error(
                    new InvalidInputException("年份有误", List.of(new FieldError("year", "试点年份只有 2025 和 2026，不填为全部"))));
        }
        return Permissions.bureau("只有主管部门工作人员可以查看试点看板")
                .then(Mono.zip(
                        figures.actuals(year, calendar.today()),
                        figures.ratios(year),
                        figures.groups(false, year).collectList(),
                        figures.groups(true, year).collectList(),
                        figures.levels().collectList(),
                        funds.list(),
                        performance.all().collectList()))
                .map(all -> new Dashboard(
                        year,
                        targets(all.getT1(), year),
                        ratioTargets(all.getT2()),
                        groups(all.getT3()),
                        groups(all.getT4()),
                        levels(all.getT5()),
                        all.getT6(),
                        providers(all.getT7())));
    }

    private List<Dashboard.TargetLine> targets(Actuals actuals, @Nullable Integer year) {
        return plan.targets().stream()
                .map(t -> line(t.code(), t.name(), t.forYear(year), actual(t.code(), actuals)))
                .toList();
    }

    /** What the platform counts for a target; null for what it does not record (yet). */
    private static @Nullable Long actual(String code, Actuals a) {
        return switch (code) {
            case "ENTERPRISES_ABOVE_SCALE" -> a.enterprisesAboveScale();
            case "ENTERPRISES_BELOW_SCALE" -> a.enterprisesBelowScale();
            case "ENTERPRISES" -> a.enterprises();
            case "LITTLE_GIANTS" -> a.littleGiants();
            case "SPECIALIZED" -> a.specialized();
            case "CLOUD" -> a.cloud();
            case "SOLUTIONS" -> a.solutions();
            case "LEVEL4_ENTERPRISES" -> a.level4Enterprises();
            case "PROVIDERS" -> a.providers();
            case "DIGITAL_TECH_COVERAGE" -> a.digitalTechCoverage();
            case "RECOMMENDED_SOLUTIONS" -> a.recommendedSolutions();
            case "SHOWCASES" -> a.showcases();
            case "CHAIN_CASES" -> a.chainCases();
            case "MATCHMAKING_EVENTS" -> a.matchmakingEvents();
            case "TRAINING_SESSIONS" -> a.trainingSessions();
            case "SMART_WORKSHOPS" -> a.smartWorkshops();
            case "NEW_SPECIALIZED" -> a.newSpecialized();
            default -> null;
        };
    }

    private List<Dashboard.TargetLine> ratioTargets(RatioCounts counts) {
        return plan.ratioTargets().stream()
                .map(t -> line(
                        t.code(),
                        t.name(),
                        t.target(),
                        t.code().equals("LEVEL2_SHARE_LITTLE_GIANTS")
                                ? share(counts.littleGiantsLevel2(), counts.littleGiants())
                                : share(counts.aboveOrSpecializedLevel2(), counts.aboveOrSpecialized())))
                .toList();
    }

    private static Dashboard.TargetLine line(
            String code, String name, @Nullable Number target, @Nullable Number actual) {
        Double ratio = target == null || actual == null || target.doubleValue() == 0
                ? null
                : Math.round(actual.doubleValue() / target.doubleValue() * 10_000) / 10_000.0;
        return new Dashboard.TargetLine(code, name, target, actual, ratio);
    }

    private static @Nullable Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

    private static Map<String, Dashboard.Group> groups(List<GroupRow> rows) {
        Map<String, Dashboard.Group> groups = new LinkedHashMap<>();
        rows.forEach(r -> groups.put(
                r.key(),
                new Dashboard.Group(
                        r.registered(), r.enterprises(), r.projects(), r.accepted(), r.level2After(), r.paidYuan())));
        return groups;
    }

    private static Dashboard.Levels levels(List<LevelRow> rows) {
        Map<String, Long> before = new TreeMap<>();
        Map<String, Long> after = new TreeMap<>();
        for (int level = 1; level <= 4; level++) {
            before.put(String.valueOf(level), 0L);
            after.put(String.valueOf(level), 0L);
        }
        rows.forEach(
                r -> ("before".equals(r.stage()) ? before : after).put(String.valueOf(r.level()), r.enterprises()));
        return new Dashboard.Levels(before, after);
    }

    private static Dashboard.Providers providers(List<ProviderPerformance> all) {
        Comparator<ProviderPerformance> byPassRate =
                Comparator.comparing(p -> p.passRate() == null ? 0.0 : p.passRate());
        List<ProviderPerformance> decided =
                all.stream().filter(p -> p.passRate() != null).toList();
        return new Dashboard.Providers(
                decided.stream()
                        .sorted(byPassRate.reversed())
                        .limit(PROVIDERS_SHOWN)
                        .toList(),
                decided.stream().sorted(byPassRate).limit(PROVIDERS_SHOWN).toList());
    }
}
