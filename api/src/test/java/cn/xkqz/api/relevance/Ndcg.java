package cn.xkqz.api.relevance;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * NDCG@10 of one ranking against graded judgments (0–3): gain 2^grade − 1, discount log2(rank + 1), divided
 * by the DCG of the ideal ranking of the judged solutions. Unjudged solutions count as grade 0. The same
 * definition as the shared evaluation script, so the numbers compare.
 */
final class Ndcg {

    static final int DEPTH = 10;

    private Ndcg() {}

    /** 0 when nothing is judged relevant (no ranking can do better or worse). */
    static double at10(List<String> ranked, Map<String, Integer> judged) {
        double ideal =
                dcg(judged.values().stream().sorted(Comparator.reverseOrder()).toList());
        if (ideal == 0) {
            return 0;
        }
        return dcg(ranked.stream().map(ref -> judged.getOrDefault(ref, 0)).toList()) / ideal;
    }

    static double mean(Collection<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double dcg(List<Integer> grades) {
        double sum = 0;
        for (int i = 0; i < Math.min(grades.size(), DEPTH); i++) {
            sum += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
