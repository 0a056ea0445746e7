package cn.xkqz.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.catalog.importing.CatalogImportService;
import cn.xkqz.catalog.solution.CustomerCase;
import cn.xkqz.catalog.solution.DeliveryMode;
import cn.xkqz.catalog.solution.PriceRange;
import cn.xkqz.catalog.solution.SolutionDraft;
import cn.xkqz.indexer.IndexAwait;
import cn.xkqz.indexer.Pool;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Solutions that only share a fed-back scene with the best text match score the same scene bonus; the
 * nearest in meaning comes first among them, not the one whose id happens to sort first. The semantic
 * floor is raised out of reach here, so no neighbour earns the real bonus and only the tie-break is left.
 * Without it the near one would lead the six far ones by chance one time in seven. The index is shared
 * with other tests, so the search is kept to this pool by a price no other test uses.
 */
@SpringBootTest(properties = "xkqz.search.relevance.semantic-floor=0.99")
class MeaningTieBreakTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** A price no other test's solution has: the search's budget filter keeps to this test's pool. */
    private static final long ONLY_THESE = 7;

    @Autowired
    CatalogImportService imports;

    @Autowired
    SolutionSearch search;

    @Autowired
    IndexAwait index;

    @Test
    void amongEqualScoresTheNearestInMeaningLeads() {
        Map<String, UUID> ids = imports.importCatalog(Pool.of(
                        "平局服务商",
                        List.of(
                                energy("电费太高诊断服务", "峰谷分时，省下成本。"),
                                energy("机台节能看板", "每台机器耗多少能，一眼看清，找出浪费。"),
                                energy("员工食堂订餐登记", "午餐晚餐提前报，食堂少备菜。"),
                                energy("访客门禁登记", "来访人员扫码登记，保安少跑腿。"),
                                energy("档案室借阅台账", "纸质档案借出归还有记录。"),
                                energy("车队派车台账", "派车出车还车，一张表看全。"),
                                energy("劳保用品领用", "手套口罩按人按月领取。"),
                                energy("宿舍床位分配", "新员工入住退宿有据可查。"))))
                .block(TIMEOUT)
                .solutions();
        index.caughtUp();

        List<String> found = search
                .search(new SearchQuery("电费太高", List.of(), List.of(), List.of(), ONLY_THESE, null, 0, 20))
                .block(TIMEOUT)
                .items()
                .stream()
                .map(SearchResult.Hit::id)
                .toList();

        assertThat(found)
                .as("the text match, then the energy listing near in meaning, before six far ones")
                .startsWith(ids.get("S1").toString(), ids.get("S2").toString())
                .contains(ids.get("S3").toString(), ids.get("S8").toString());
    }

    private static SolutionDraft energy(String name, String summary) {
        return new SolutionDraft(
                name,
                summary,
                name + "。" + summary,
                List.of("GENERAL"),
                List.of("ENERGY"),
                List.of(),
                DeliveryMode.SAAS,
                new PriceRange(ONLY_THESE, ONLY_THESE + 2),
                15,
                false,
                List.of(new CustomerCase("新乡某厂", null, "好用")));
    }
}
