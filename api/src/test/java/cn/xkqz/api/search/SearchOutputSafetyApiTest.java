package cn.xkqz.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import cn.xkqz.api.catalog.ImportFiles;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A listing's text is data, never markup: highlights are HTML-encoded around the server's own
 * {@code <em>} (adjacent marks joined), and suggestions are plain text. Also: a price bound past what a
 * double holds exactly.
 */
@ApiTest
class SearchOutputSafetyApiTest {

    @Autowired
    WebTestClient anonymous;

    private String tag;
    private String id;

    @BeforeEach
    void importAListingWithMarkupInItsText() {
        Requests.awaitReadiness(anonymous);
        tag = "桥吊" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> file = ImportFiles.small(tag);
        Map<String, Object> solution = ImportFiles.solution("S9", tag + "<svg/onload=alert(1)>");
        solution.put("summary", "桥吊 监测 <img src=x onerror=alert(1)>");
        solution.put("description", "卷筒旁在线探伤</em><em>断丝报警。");
        file.put("solutions", List.of(solution));
        Map<?, ?> ids = Requests.post(Tokens.bureau(anonymous), "/api/v1/admin/imports/catalog", file, HttpStatus.OK);
        id = (String) ((Map<?, ?>) ids.get("solutions")).get("S9");
    }

    @Test
    void highlightsEncodeTheListingsOwnMarkup() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, List<String>> highlights = highlights("桥吊 监测");
            assertThat(highlights.get("summary"))
                    .singleElement()
                    .satisfies(summary -> assertThat(summary)
                            .contains("<em>")
                            .startsWith("<em>桥吊</em> <em>监测</em> &lt;img src=x onerror=alert(")
                            .endsWith(")&gt;")
                            .doesNotContain("<img"));
            assertThat(String.join("", highlights.get("name"))).doesNotContain("<svg");
        });
    }

    /**
     * Query words side by side in a listing read as one mark; the listing's own {@code </em><em>} stays
     * encoded text, not joined.
     */
    @Test
    void adjacentWordsAreOneMarkAndOnlyOurMarksAreJoined() {
        // The comma ends smartcn's sentence: after some random tags ("桥吊cbefbe 在线探伤") it would drop 在.
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(highlights("，在线探伤").get("description"))
                        .singleElement()
                        .isEqualTo("卷筒旁<em>在线探伤</em>&lt;&#x2F;em&gt;&lt;em&gt;断丝报警。"));
    }

    @Test
    void suggestionsArePlainTextAsStored() {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat((List<String>)
                                Requests.get(anonymous, "/api/v1/search/suggest?prefix=" + tag, HttpStatus.OK)
                                        .get("suggestions"))
                        .contains(tag + "<svg/onload=alert(1)>"));
    }

    @Test
    void aPriceBoundBeyondEveryPriceFiltersNothing() {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(ids("/api/v1/search/solutions?q=" + tag + "&priceMax=9223372036854775296"))
                                .contains(id));
    }

    private Map<String, List<String>> highlights(String q) {
        Map<?, ?> body = Requests.get(anonymous, "/api/v1/search/solutions?size=100&q=" + tag + " " + q, HttpStatus.OK);
        return ((List<Map<String, Object>>) body.get("items"))
                .stream()
                        .filter(item -> id.equals(item.get("id")))
                        .map(item -> (Map<String, List<String>>) item.get("highlights"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("not found yet"));
    }

    private List<String> ids(String uri) {
        Map<?, ?> body = Requests.get(anonymous, uri, HttpStatus.OK);
        return ((List<Map<String, String>>) body.get("items"))
                .stream().map(item -> item.get("id")).toList();
    }
}
