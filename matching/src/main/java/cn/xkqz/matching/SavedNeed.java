package cn.xkqz.matching;

import cn.xkqz.catalog.diagnosis.PainPoint;
import cn.xkqz.indexer.semantic.HalfVectors;
import cn.xkqz.indexer.semantic.SemanticModel;
import cn.xkqz.matching.ranking.Ranker;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise's saved need as reverse matching keeps it (in the need index): the match request its
 * latest diagnosis makes, the best text score per pain point among the solutions found for it, the
 * score its last shown match had ({@code threshold}: a new solution that reaches it would be shown), and
 * each pain point's semantic vector ({@code meanings}, {@link HalfVectors}; missing in needs saved before
 * there were any), so a new solution is compared by meaning without embedding the pain points again.
 */
public record SavedNeed(
        UUID enterpriseId,
        int diagnosisVersion,
        String industry,
        List<PainPoint> painPoints,
        List<String> demandScenes,
        @Nullable Long budgetYuan,
        List<Double> best,
        double threshold,
        @Nullable List<String> meanings) {

    /** The least score a new solution needs to be news, whatever the need's current matches score. */
    public static final double MIN_FIT = 0.3;

    static SavedNeed of(UUID enterpriseId, int diagnosisVersion, MatchRequest request, MatchService.Ranking ranking) {
        double[] best = Ranker.best(
                ranking.retrieved().candidates(), request.painPoints().size());
        List<Double> bests = Arrays.stream(best).boxed().toList();
        double last = ranking.top().size() < request.size()
                ? 0
                : ranking.top().getLast().score();
        return new SavedNeed(
                enterpriseId,
                diagnosisVersion,
                request.industry(),
                request.painPoints(),
                request.demandScenes(),
                request.budgetYuan(),
                bests,
                Math.max(MIN_FIT, last),
                ranking.retrieved().vectors().stream().map(HalfVectors::encode).toList());
    }

    /** The match request this need makes. */
    public MatchRequest request() {
        return new MatchRequest(industry, painPoints, demandScenes, budgetYuan, MatchRequest.DEFAULT_SIZE);
    }

    /** Per pain point, its cosine with {@code vector} (0 for each when the need has no vectors). */
    public double[] cosines(float[] vector) {
        double[] cosines = new double[painPoints.size()];
        if (meanings != null && meanings.size() == cosines.length) {
            for (int p = 0; p < cosines.length; p++) {
                cosines[p] = SemanticModel.cosine(HalfVectors.decode(meanings.get(p)), vector);
            }
        }
        return cosines;
    }

    public double[] bestScores() {
        return best.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
