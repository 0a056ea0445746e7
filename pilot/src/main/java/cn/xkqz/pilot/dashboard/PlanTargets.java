package cn.xkqz.pilot.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The city plan's table of targets (总体目标表) and its two ratio targets, as the project keeps them in
 * {@code pilot/plan-targets.json} (copied from the plan; per year where the plan splits them).
 */
@Component
class PlanTargets {

    private final Plan plan;

    PlanTargets(ObjectMapper json) {
        try (InputStream in = new ClassPathResource("pilot/plan-targets.json").getInputStream()) {
            this.plan = json.readValue(in, Plan.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Target> targets() {
        return plan.targets();
    }

    List<RatioTarget> ratioTargets() {
        return plan.ratioTargets();
    }

    record Plan(String source, List<Target> targets, List<RatioTarget> ratioTargets) {}

    /** A count target: its total and, where the plan splits it, its 2025 and 2026 parts. */
    record Target(
            String code,
            String name,
            long total,
            @Nullable Long y2025,
            @Nullable Long y2026) {

        /** The target for {@code year} (the total when null); null when the plan does not split it so. */
        @Nullable
        Long forYear(@Nullable Integer year) {
            if (year == null) {
                return total;
            }
            return switch (year) {
                case 2025 -> y2025;
                case 2026 -> y2026;
                default -> null;
            };
        }
    }

    record RatioTarget(String code, String name, double target) {}
}
