package cn.xkqz.pilot.dashboard;

import cn.xkqz.pilot.fund.FundView;
import cn.xkqz.pilot.performance.ProviderPerformance;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The pilot against the plan (产业分析): every target with its actual and ratio (actual null where the
 * platform does not record it yet), the two ratio targets, per industry and per county, the levels
 * before and after, the funds, and the providers at the top and the bottom by pass rate.
 */
public record Dashboard(
        @Nullable Integer year,
        List<TargetLine> targets,
        List<TargetLine> ratioTargets,
        Map<String, Group> byIndustry,
        Map<String, Group> byCounty,
        Levels levels,
        List<FundView> funds,
        Providers providers) {

    /** A target: what the plan wants, what the platform counts, their ratio (null when either is unknown). */
    public record TargetLine(
            String code,
            String name,
            @Nullable Number target,
            @Nullable Number actual,
            @Nullable Double ratio) {}

    /** An industry's or county's figures: enterprises registered, in projects, projects, accepted, paid. */
    public record Group(
            long registered, long enterprises, long projects, long accepted, long level2After, long paidYuan) {}

    /** Enterprises per level ("1"…"4"): before transformation (latest diagnosis) and after (latest decision). */
    public record Levels(Map<String, Long> before, Map<String, Long> after) {}

    /** Providers with decided projects: the best and the worst five by pass rate. */
    public record Providers(List<ProviderPerformance> top, List<ProviderPerformance> bottom) {}
}
