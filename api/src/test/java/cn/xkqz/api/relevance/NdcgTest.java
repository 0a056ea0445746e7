package cn.xkqz.api.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** NDCG@10 against values worked out by hand (log2 3 = 1.58496). */
class NdcgTest {

    static final Map<String, Integer> GRADED = Map.of("A", 3, "B", 2, "C", 1);

    @Test
    void theIdealRankingScoresOne() {
        assertThat(Ndcg.at10(List.of("A", "B", "C"), GRADED)).isEqualTo(1.0);
    }

    @Test
    void gainsAreTwoToTheGradeMinusOneDiscountedByLog2OfRankPlusOne() {
        // DCG = 1/1 + 7/log2 3 + 0 = 5.41650; ideal = 7/1 + 3/log2 3 + 1/2 = 9.39279
        assertThat(Ndcg.at10(List.of("C", "A", "unjudged"), GRADED)).isCloseTo(0.57667, within(1e-5));
    }

    @Test
    void theIdealCountsJudgedSolutionsTheRankingMissed() {
        // 7 / (7 + 7/log2 3)
        assertThat(Ndcg.at10(List.of("A"), Map.of("A", 3, "B", 3))).isCloseTo(0.61315, within(1e-5));
        // (3/log2 3) / (7 + 3/log2 3)
        assertThat(Ndcg.at10(List.of("X", "B"), Map.of("A", 3, "B", 2))).isCloseTo(0.21285, within(1e-5));
    }

    @Test
    void onlyTheFirstTenRanksCountOnBothSides() {
        Map<String, Integer> twelveRelated = new HashMap<>();
        List<String> ranked = new ArrayList<>(List.of("unjudged"));
        for (int i = 1; i <= 12; i++) {
            twelveRelated.put("R" + i, 1);
            ranked.add("R" + i);
        }
        // ideal: ten of grade 1 at ranks 1–10, sum of 1/log2(r + 1) = 4.54356; the ranking has them at
        // ranks 2–10 only (R10–R12 fall below the cut): 4.54356 − 1 = 3.54356
        assertThat(Ndcg.at10(ranked, twelveRelated)).isCloseTo(0.77991, within(1e-5));
    }

    @Test
    void nothingJudgedRelevantScoresZero() {
        assertThat(Ndcg.at10(List.of("A"), Map.of())).isZero();
        assertThat(Ndcg.at10(List.of(), GRADED)).isZero();
    }

    @Test
    void theMeanIsOverAllTopics() {
        assertThat(Ndcg.mean(List.of(1.0, 0.5, 0.0))).isEqualTo(0.5);
    }
}
