package cn.xkqz.indexer.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xkqz.catalog.importing.CatalogImportService;
import cn.xkqz.catalog.importing.ImportResult;
import cn.xkqz.catalog.provider.Provider;
import cn.xkqz.catalog.provider.ProviderDraft;
import cn.xkqz.catalog.provider.ProviderService;
import cn.xkqz.catalog.provider.ProviderUpdate;
import cn.xkqz.catalog.solution.NewSolution;
import cn.xkqz.catalog.solution.Solution;
import cn.xkqz.catalog.solution.SolutionLifecycle;
import cn.xkqz.catalog.solution.SolutionService;
import cn.xkqz.indexer.IndexAwait;
import cn.xkqz.indexer.ListedEdits;
import cn.xkqz.indexer.Pool;
import cn.xkqz.indexer.SearchUnavailableException;
import cn.xkqz.indexer.search.SearchQuery;
import cn.xkqz.indexer.search.SearchResult;
import cn.xkqz.indexer.search.SolutionSearch;
import cn.xkqz.localstack.LocalStack;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import reactor.test.StepVerifier;

/** The index follows the catalogue: creates, edits, provider renames, and an Elasticsearch outage. */
@SpringBootTest
class SearchSyncTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    CatalogImportService imports;

    @Autowired
    SolutionService solutions;

    @Autowired
    SolutionLifecycle lifecycle;

    @Autowired
    ProviderService providers;

    @Autowired
    SolutionSearch search;

    @Autowired
    IndexAwait index;

    @BeforeEach
    void indexReady() {
        index.ready();
    }

    @Test
    void listedSolutionsAreFoundAndDraftsAreNot() {
        ImportResult imported = imports.importCatalog(Pool.of(
                        "同步甲服务商", List.of(Pool.solution("磁粉探伤记录仪", List.of("LIFTING_EQUIPMENT"), List.of("QUALITY")))))
                .block(TIMEOUT);
        UUID providerId = imported.providers().get("P1");
        UUID draft = solutions
                .create(new NewSolution(
                        providerId, Pool.solution("磁粉探伤草稿版", List.of("LIFTING_EQUIPMENT"), List.of("QUALITY"))))
                .block(TIMEOUT)
                .id();

        index.caughtUp();

        assertThat(ids("磁粉探伤"))
                .contains(imported.solutions().get("S1").toString())
                .doesNotContain(draft.toString());
    }

    @Test
    void editsAndProviderRenamesReachTheIndex() {
        ImportResult imported = imports.importCatalog(Pool.of(
                        "同步乙服务商", List.of(Pool.solution("注塑机温控巡检", List.of("AUTO_PARTS"), List.of("EQUIPMENT")))))
                .block(TIMEOUT);
        UUID id = imported.solutions().get("S1");
        Solution current = solutions.get(id).block(TIMEOUT);
        ListedEdits.edit(
                        solutions,
                        lifecycle,
                        id,
                        current.version(),
                        Pool.solution("注塑机模温智能巡检", List.of("AUTO_PARTS"), List.of("EQUIPMENT")))
                .block(TIMEOUT);
        Provider provider = providers.get(current.providerId()).block(TIMEOUT);
        ProviderDraft renamed = new ProviderDraft(
                "同步乙更名服务商",
                provider.creditCode(),
                provider.county(),
                provider.description(),
                provider.industries(),
                null,
                null);
        providers
                .update(provider.id(), new ProviderUpdate(provider.version(), renamed))
                .block(TIMEOUT);

        index.caughtUp();

        SearchResult.Hit hit = hits("模温智能巡检").stream()
                .filter(h -> h.id().equals(id.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(hit.name()).isEqualTo("注塑机模温智能巡检");
        assertThat(hit.providerName()).isEqualTo("同步乙更名服务商");
    }

    @Test
    void aChangeMadeWhileElasticsearchIsDownIsSearchableWhenItIsBack() {
        ImportResult imported = imports.importCatalog(Pool.of(
                        "同步丙服务商", List.of(Pool.solution("危废暂存间视频巡查", List.of("NEW_CHEMICALS"), List.of("SAFETY")))))
                .block(TIMEOUT);
        UUID id = imported.solutions().get("S1");
        index.caughtUp();
        Solution current = solutions.get(id).block(TIMEOUT);

        LocalStack.stopElasticsearch();
        try {
            ListedEdits.edit(
                            solutions,
                            lifecycle,
                            id,
                            current.version(),
                            Pool.solution("危废暂存间智能视频巡查", List.of("NEW_CHEMICALS"), List.of("SAFETY")))
                    .block(TIMEOUT);
            StepVerifier.create(search.search(query("智能视频巡查")))
                    .expectError(SearchUnavailableException.class)
                    .verify(TIMEOUT);
        } finally {
            LocalStack.restartElasticsearch();
        }

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> hits("智能视频巡查").stream()
                        .anyMatch(h -> h.id().equals(id.toString()) && h.name().equals("危废暂存间智能视频巡查")));
    }

    private List<String> ids(String q) {
        return hits(q).stream().map(SearchResult.Hit::id).toList();
    }

    private List<SearchResult.Hit> hits(String q) {
        return search.search(query(q)).block(TIMEOUT).items();
    }

    private static SearchQuery query(String q) {
        return new SearchQuery(q, List.of(), List.of(), List.of(), null, null, 0, 100);
    }
}
