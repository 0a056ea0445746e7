package cn.xkqz.matching.reverse;

import cn.xkqz.catalog.diagnosis.PainPoint;
import cn.xkqz.matching.MatchService;
import cn.xkqz.matching.SavedNeed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A saved need as the need index holds it: what is searched (industry, wanted scenes, the pain points'
 * text and words, budget) and, not indexed, the {@link SavedNeed} itself. Its id is the enterprise's.
 */
public record NeedDocument(
        String enterpriseId,
        String industry,
        List<String> scenes,
        List<String> painText,
        List<String> terms,
        @Nullable Long budgetYuan,
        int diagnosisVersion,
        SavedNeed state) {

    /** The document of {@code need}; {@code terms} are its pain points' words (for anonymous demand). */
    public static NeedDocument of(SavedNeed need, List<String> terms) {
        return new NeedDocument(
                need.enterpriseId().toString(),
                need.industry(),
                List.copyOf(MatchService.wantedScenes(need.request()).keySet()),
                need.painPoints().stream().map(PainPoint::text).toList(),
                terms,
                need.budgetYuan(),
                need.diagnosisVersion(),
                need);
    }
}
