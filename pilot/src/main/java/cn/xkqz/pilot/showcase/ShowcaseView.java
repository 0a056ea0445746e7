package cn.xkqz.pilot.showcase;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A showcase as the public reads it: the enterprise (name, industry, county), the project's provider and
 * solutions with their scenes, the levels before and after, the category and the results.
 */
public record ShowcaseView(
        UUID id,
        UUID projectId,
        UUID enterpriseId,
        String enterpriseName,
        String industry,
        String county,
        UUID providerId,
        String providerName,
        List<UUID> solutionIds,
        List<String> scenes,
        ShowcaseCategory category,
        String categoryName,
        String title,
        List<ShowcaseDraft.Result> results,
        @Nullable Integer preLevel,
        @Nullable Integer postLevel,
        Instant createdAt) {

    static ShowcaseView of(ShowcaseRepository.Row row, List<ShowcaseResult> results) {
        return new ShowcaseView(
                row.id(),
                row.projectId(),
                row.enterpriseId(),
                row.enterpriseName(),
                row.industry(),
                row.county(),
                row.providerId(),
                row.providerName(),
                row.solutionIds(),
                row.scenes(),
                row.category(),
                row.category().label(),
                row.title(),
                results.stream()
                        .map(r -> new ShowcaseDraft.Result(r.metric(), r.before(), r.after()))
                        .toList(),
                row.preLevel(),
                row.postLevel(),
                row.createdAt());
    }
}
