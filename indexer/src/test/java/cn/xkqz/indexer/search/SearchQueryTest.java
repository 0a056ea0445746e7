package cn.xkqz.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.catalog.validation.Violations;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    private static final Taxonomy.Codes CODES = new Taxonomy.Codes(Set.of("AUTO_PARTS", "GENERAL"), Set.of("QUALITY"));

    @Test
    void aPlainQueryIsValid() {
        assertThat(errors(new SearchQuery(
                        "MES", List.of("AUTO_PARTS"), List.of("QUALITY"), List.of(), 5000L, true, 3, 20)))
                .isEmpty();
    }

    @Test
    void everyBrokenRuleIsReported() {
        SearchQuery query =
                new SearchQuery("字".repeat(101), List.of("STEEL"), List.of("NOPE"), List.of(), -1L, null, -1, 0);

        assertThat(errors(query))
                .extracting(FieldError::field)
                .containsExactly("q", "industry[0]", "scene[0]", "priceMax", "page", "size");
    }

    @Test
    void pagingDeeperThanTenThousandHitsIsRefused() {
        assertThat(errors(new SearchQuery(null, List.of(), List.of(), List.of(), null, null, 99, 100)))
                .isEmpty();
        assertThat(errors(new SearchQuery(null, List.of(), List.of(), List.of(), null, null, 100, 100)))
                .extracting(FieldError::field)
                .containsExactly("page");
        assertThat(errors(new SearchQuery(null, List.of(), List.of(), List.of(), null, null, 0, 101)))
                .extracting(FieldError::field)
                .containsExactly("size");
    }

    @Test
    void blankTextMeansBrowsing() {
        assertThat(new SearchQuery("  ", List.of(), List.of(), List.of(), null, null, 0, 10).q())
                .isNull();
    }

    private static List<FieldError> errors(SearchQuery query) {
        Violations violations = new Violations();
        query.check(CODES, violations);
        return violations.errors();
    }
}
