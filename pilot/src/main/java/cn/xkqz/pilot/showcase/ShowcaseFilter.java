package cn.xkqz.pilot.showcase;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which showcases a listing shows: by the enterprise's industry, a scene of the project's solutions,
 * the category, text in the title or results ({@code q}), one solution or one provider.
 */
public record ShowcaseFilter(
        @Nullable String industry,
        @Nullable String scene,
        @Nullable ShowcaseCategory category,
        @Nullable String q,
        @Nullable UUID solutionId,
        @Nullable UUID providerId) {

    public static ShowcaseFilter ofSolution(UUID solutionId) {
        return new ShowcaseFilter(null, null, null, null, solutionId, null);
    }

    public static ShowcaseFilter ofProvider(UUID providerId) {
        return new ShowcaseFilter(null, null, null, null, null, providerId);
    }

    /** {@code q} as an ILIKE pattern (its own % and _ taken literally); null when there is none. */
    @Nullable
    String pattern() {
        if (q == null || q.isBlank()) {
            return null;
        }
        return "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
