package cn.xkqz.matching.ranking;

import cn.xkqz.catalog.diagnosis.PainPoint;
import cn.xkqz.catalog.solution.Solution;
import cn.xkqz.matching.retrieval.Scored;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The scenes a pain point without a scene is about, read off its best answers (by words and by
 * meaning), as search does with its scene feedback: 销售一走客户也跟着走 is answered best by CRM
 * solutions, so it is a marketing need, and the other marketing solutions follow even when they word it
 * differently. Pain points with a scene keep the one the enterprise gave.
 */
final class SceneInference {

    /** How many of a pain point's best answers vote. */
    static final int VOTERS = 5;
    /** A scene counts when its vote reaches this share of the leading scene's. */
    static final double KEEP = 0.8;

    private SceneInference() {}

    /**
     * Scenes with their weight (0–1): {@code weight} for the leading scene of a severe pain point, less
     * for a milder one or a scene that trails the lead.
     */
    static Map<String, Double> infer(
            List<PainPoint> painPoints,
            List<Scored> found,
            Map<String, Solution> solutions,
            Function<Scored, Ranker.Answers> answers,
            double weight) {
        Map<String, Double> inferred = new HashMap<>();
        if (weight == 0) {
            return inferred;
        }
        List<Voter> voters = found.stream()
                .filter(s -> solutions.containsKey(s.id()))
                .map(s -> new Voter(
                        Objects.requireNonNull(solutions.get(s.id())).scenes(),
                        answers.apply(s).shares()))
                .toList();
        for (int p = 0; p < painPoints.size(); p++) {
            if (painPoints.get(p).scene() != null) {
                continue;
            }
            int point = p;
            Map<String, Double> votes = new HashMap<>();
            voters.stream()
                    .filter(v -> v.shares()[point] > 0)
                    .sorted(Comparator.comparingDouble((Voter v) -> v.shares()[point])
                            .reversed())
                    .limit(VOTERS)
                    .forEach(v -> v.scenes()
                            .forEach(scene -> votes.merge(
                                    scene,
                                    v.shares()[point] / Math.sqrt(v.scenes().size()),
                                    Double::sum)));
            double lead = votes.values().stream()
                    .mapToDouble(Double::doubleValue)
                    .max()
                    .orElse(0);
            double severity = painPoints.get(p).severity() / 3.0;
            votes.forEach((scene, vote) -> {
                if (vote >= KEEP * lead) {
                    inferred.merge(scene, weight * severity * vote / lead, Math::max);
                }
            });
        }
        return inferred;
    }

    /** A candidate's scenes and how well it answers each pain point. */
    private record Voter(List<String> scenes, double[] shares) {}
}
