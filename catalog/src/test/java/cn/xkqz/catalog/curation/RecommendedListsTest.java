package cn.xkqz.catalog.curation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.catalog.TestData;
import cn.xkqz.catalog.importing.CatalogImportService;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Recommended lists on real PostgreSQL: ranks, the frozen snapshot, and the cached current list. */
@SpringBootTest
class RecommendedListsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    RecommendedLists lists;

    @Autowired
    CatalogImportService imports;

    @Autowired
    TransactionalOperator transactions;

    @Test
    void entriesKeepConsecutiveRanksThroughInsertsMovesAndRemovalsAndPublishingFreezesThem() {
        List<UUID> s = listedSolutions("荐序");
        UUID list = draft();
        add(list, s.get(0), 1);
        add(list, s.get(1), 2);
        assertThat(solutionIds(add(list, s.get(2), 1))).containsExactly(s.get(2), s.get(0), s.get(1));

        RecommendedList moved = lists.moveEntry(list, s.get(2), 3).block(TIMEOUT);
        assertThat(solutionIds(moved)).containsExactly(s.get(0), s.get(1), s.get(2));
        RecommendedList removed = lists.removeEntry(list, s.get(0)).block(TIMEOUT);
        assertThat(solutionIds(removed)).containsExactly(s.get(1), s.get(2));
        assertThat(removed.entries()).extracting(RecommendedEntry::rank).containsExactly(1, 2);

        RecommendedList published = lists.publish(list).block(TIMEOUT);
        assertThat(published.status()).isEqualTo(RecommendedList.Status.PUBLISHED);
        assertThat(published.entries()).isEqualTo(removed.entries());
        assertThat(lists.get(list).block(TIMEOUT).entries()).isEqualTo(removed.entries());
    }

    @Test
    void publishingClearsTheCachedCurrentListOnlyOnceItCommits() {
        UUID solution = listedSolutions("荐缓").getFirst();
        UUID list = draft();
        add(list, solution, 1);
        lists.currentSolutionIds().block(TIMEOUT);

        // A reader between publishing and its commit sees the list current until then ...
        Set<UUID> beforeCommit = lists.publish(list)
                .then(Mono.defer(lists::currentSolutionIds))
                .as(transactions::transactional)
                .block(TIMEOUT);
        assertThat(beforeCommit).doesNotContain(solution);
        // ... and has not kept it past the commit.
        assertThat(lists.currentSolutionIds().block(TIMEOUT)).contains(solution);
    }

    private List<UUID> listedSolutions(String tag) {
        var imported = imports.importCatalog(TestData.importFile(tag)).block(TIMEOUT);
        return List.of("S1", "S2", "S3").stream().map(imported.solutions()::get).toList();
    }

    private UUID draft() {
        return lists.create(new NewRecommendedList("测试清单", "2026年测试批"))
                .block(TIMEOUT)
                .id();
    }

    private RecommendedList add(UUID list, UUID solution, int rank) {
        return lists.addEntry(list, new EntryRequest(solution, rank, "质优价廉")).block(TIMEOUT);
    }

    private static List<UUID> solutionIds(RecommendedList list) {
        return list.entries().stream().map(RecommendedEntry::solutionId).toList();
    }
}
