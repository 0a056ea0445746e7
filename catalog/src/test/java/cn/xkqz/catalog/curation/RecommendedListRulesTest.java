package cn.xkqz.catalog.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.solution.DeliveryMode;
import cn.xkqz.catalog.solution.PriceRange;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The entry rules alone, without a database: the API tests cover them end to end. */
class RecommendedListRulesTest {

    private final List<StoredEntry> three = entries(3);

    @Test
    void onlyADraftChanges() {
        RecommendedListRules.requireDraft("DRAFT");
        assertThatThrownBy(() -> RecommendedListRules.requireDraft("PUBLISHED"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("已发布");
    }

    @Test
    void aNewEntryGoesInAtItsRankOrJustAfterTheLast() {
        assertThat(RecommendedListRules.insertionRank(request(UUID.randomUUID(), 2), three))
                .isEqualTo(2);
        assertThat(RecommendedListRules.insertionRank(request(UUID.randomUUID(), 9), three))
                .isEqualTo(4);
        assertThatThrownBy(() ->
                        RecommendedListRules.insertionRank(request(three.get(1).solutionId(), 1), three))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("已在清单中");
        assertThatThrownBy(() -> RecommendedListRules.insertionRank(
                        request(UUID.randomUUID(), 1), entries(RecommendedLists.MAX_ENTRIES)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("最多 20 个");
    }

    @Test
    void aMovedEntryTakesItsNewRankAndTheOthersCloseUp() {
        assertThat(RecommendedListRules.moved(three, three.get(2).solutionId(), 1))
                .containsExactly(three.get(2), three.get(0), three.get(1));
        assertThatThrownBy(() -> RecommendedListRules.moved(three, three.get(0).solutionId(), 4))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RecommendedListRules.moved(three, UUID.randomUUID(), 1))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyAnEntryOfTheListCanBeRemoved() {
        assertThat(RecommendedListRules.without(three, three.get(1).solutionId()))
                .containsExactly(three.get(0), three.get(2));
        assertThatThrownBy(() -> RecommendedListRules.without(three, UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aListIsPublishableWithEntriesThatAreAllStillPublic() {
        RecommendedEntry shown = entry("甲方案", false);
        assertThat(RecommendedListRules.publishable(List.of(shown))).containsExactly(shown);
        assertThatThrownBy(() -> RecommendedListRules.publishable(List.of()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("还没有方案");
        assertThatThrownBy(() -> RecommendedListRules.publishable(List.of(shown, entry("乙方案", true))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("“乙方案”");
    }

    private static List<StoredEntry> entries(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(rank -> new StoredEntry(UUID.randomUUID(), rank, "理由" + rank))
                .toList();
    }

    private static EntryRequest request(UUID solutionId, int rank) {
        return new EntryRequest(solutionId, rank, "质优价廉");
    }

    private static RecommendedEntry entry(String name, boolean withdrawn) {
        return new RecommendedEntry(
                1,
                "质优价廉",
                UUID.randomUUID(),
                name,
                "摘要",
                UUID.randomUUID(),
                "服务商",
                List.of(),
                List.of(),
                DeliveryMode.SAAS,
                new PriceRange(1L, 2L),
                30,
                1,
                withdrawn,
                withdrawn ? "方案不在架（DELISTED）" : null);
    }
}
