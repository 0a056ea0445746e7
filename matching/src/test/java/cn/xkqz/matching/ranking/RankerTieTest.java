package cn.xkqz.matching.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.catalog.diagnosis.PainPoint;
import cn.xkqz.catalog.solution.DeliveryMode;
import cn.xkqz.catalog.solution.PriceRange;
import cn.xkqz.catalog.solution.Solution;
import cn.xkqz.catalog.solution.SolutionStatus;
import cn.xkqz.matching.MatchRequest;
import cn.xkqz.matching.retrieval.Scored;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Equal scores are ordered by meaning before id, so the order says something and never shuffles. */
class RankerTieTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    // Floor and ceiling raised out of reach: meaning adds nothing to the score, so only the order is left.
    private final Ranker ranker =
            new Ranker(new MatchWeights(0.5, 0.25, 0.2, 0.05, 0.6, 0.3, 0.05, 0.05, 0.6, 0.98, 0.99, 0.5));

    @Test
    void equalScoresGoNearestInMeaningFirstThenById() {
        // Ids chosen so that id order alone would put the far ones first.
        Solution far = solution("00000000-0000-0000-0000-000000000001");
        Solution near = solution("00000000-0000-0000-0000-000000000002");
        Solution alsoFar = solution("00000000-0000-0000-0000-000000000003");
        List<Scored> found = List.of(scored(far, 0.30), scored(alsoFar, 0.30), scored(near, 0.60));
        MatchRequest request =
                new MatchRequest("AUTO_PARTS", List.of(new PainPoint("电费太高", null, 2)), List.of("ENERGY"), null, 10);

        List<String> order = ranker
                .rank(
                        request,
                        found,
                        Map.of(
                                far.id().toString(),
                                far,
                                near.id().toString(),
                                near,
                                alsoFar.id().toString(),
                                alsoFar),
                        Map.of("ENERGY", 1.0),
                        new Ranker.Standing(Set.of(), NOW))
                .stream()
                .map(r -> r.found().id())
                .toList();

        assertThat(order)
                .containsExactly(
                        near.id().toString(), far.id().toString(), alsoFar.id().toString());
    }

    private static Scored scored(Solution solution, double cosine) {
        return new Scored(solution.id().toString(), 1, new double[] {0}, new double[] {cosine});
    }

    private static Solution solution(String id) {
        return new Solution(
                UUID.fromString(id),
                UUID.randomUUID(),
                "服务商",
                "方案" + id.substring(id.length() - 1),
                "摘要",
                "说明",
                List.of("AUTO_PARTS"),
                List.of("ENERGY"),
                List.of(),
                DeliveryMode.SAAS,
                new PriceRange(10_000L, 20_000L),
                15,
                false,
                List.of(),
                SolutionStatus.LISTED,
                1,
                NOW,
                NOW,
                NOW,
                false);
    }
}
