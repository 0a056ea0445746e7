package cn.xkqz.catalog.curation;

import cn.xkqz.catalog.solution.Solution;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A row of {@code recommended_entry} of a draft list, read by {@link RecommendedEntryRepository} with
 * the list it belongs to already known.
 */
@Table("recommended_entry")
record StoredEntry(UUID solutionId, int rank, String rationale) {

    /** The entry with the solution's fields as they are now (withdrawn is decided by {@link EntryStanding}). */
    RecommendedEntry with(Solution solution) {
        return new RecommendedEntry(
                rank,
                rationale,
                solution.id(),
                solution.name(),
                solution.summary(),
                solution.providerId(),
                solution.providerName(),
                solution.industries(),
                solution.scenes(),
                solution.deliveryMode(),
                solution.priceYuan(),
                solution.deliveryDays(),
                solution.version(),
                false,
                null);
    }
}
