package cn.xkqz.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.catalog.importing.CatalogImportService;
import cn.xkqz.indexer.IndexAwait;
import cn.xkqz.indexer.Pool;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Facet counts for a field ignore that field's own selection, but respect every other filter. */
@SpringBootTest
class FacetTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    CatalogImportService imports;

    @Autowired
    SolutionSearch search;

    @Autowired
    IndexAwait index;

    @Test
    void choosingOneIndustryKeepsTheOtherIndustriesCounts() {
        SearchQuery autoPartsQuality = browse(List.of("AUTO_PARTS"), List.of("QUALITY"));
        SearchQuery autoOrMedicalQuality = browse(List.of("AUTO_PARTS", "MEDICAL_DEVICES"), List.of("QUALITY"));
        SearchQuery autoParts = browse(List.of("AUTO_PARTS"), List.of());
        index.caughtUp();
        SearchResult before = search.search(autoPartsQuality).block(TIMEOUT);
        SearchResult onlyIndustryBefore = search.search(autoParts).block(TIMEOUT);
        long orBefore = search.search(autoOrMedicalQuality).block(TIMEOUT).total();

        imports.importCatalog(Pool.of(
                        "分面服务商",
                        List.of(
                                Pool.solution("分面汽配质检甲", List.of("AUTO_PARTS"), List.of("QUALITY")),
                                Pool.solution("分面汽配质检乙", List.of("AUTO_PARTS"), List.of("QUALITY")),
                                Pool.solution("分面卫材质检", List.of("MEDICAL_DEVICES"), List.of("QUALITY")),
                                Pool.solution("分面通用设备", List.of("GENERAL"), List.of("EQUIPMENT")))))
                .block(TIMEOUT);
        index.caughtUp();
        SearchResult after = search.search(autoPartsQuality).block(TIMEOUT);

        assertThat(after.total() - before.total())
                .as("AUTO_PARTS (or GENERAL) and QUALITY")
                .isEqualTo(2);
        assertThat(delta(before, after, "industry"))
                .as("industry counts ignore the industry filter, keep the scene filter")
                .isEqualTo(Map.of("AUTO_PARTS", 2L, "MEDICAL_DEVICES", 1L));
        assertThat(delta(before, after, "scene"))
                .as("scene counts ignore the scene filter, keep the industry filter (GENERAL serves all)")
                .isEqualTo(Map.of("QUALITY", 2L, "EQUIPMENT", 1L));
        assertThat(delta(onlyIndustryBefore, search.search(autoParts).block(TIMEOUT), "industry"))
                .as("with no other filter the industry facet counts every industry")
                .isEqualTo(Map.of("AUTO_PARTS", 2L, "MEDICAL_DEVICES", 1L, "GENERAL", 1L));
        assertThat(search.search(autoOrMedicalQuality).block(TIMEOUT).total() - orBefore)
                .as("values of one filter are alternatives")
                .isEqualTo(3);
    }

    private static Map<String, Long> delta(SearchResult before, SearchResult after, String facet) {
        Map<String, Long> old = counts(before, facet);
        return counts(after, facet).entrySet().stream()
                .filter(e -> e.getValue() - old.getOrDefault(e.getKey(), 0L) != 0)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() - old.getOrDefault(e.getKey(), 0L)));
    }

    private static Map<String, Long> counts(SearchResult result, String facet) {
        return result.facets().get(facet).stream()
                .collect(Collectors.toMap(SearchResult.FacetCount::code, SearchResult.FacetCount::count));
    }

    private static SearchQuery browse(List<String> industries, List<String> scenes) {
        return new SearchQuery(null, industries, scenes, List.of(), null, null, 0, 20);
    }
}
