package cn.xkqz.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import cn.xkqz.api.catalog.ImportFiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** One page shape for every listing, {items, page, size, total}, and {items, nextCursor} for the audit trail. */
@ApiTest
class ListShapeApiTest {

    @Autowired
    WebTestClient anonymous;

    @Test
    void everyListingIsAPage() {
        WebTestClient bureau = Tokens.bureau(anonymous);
        for (String path :
                List.of("/api/v1/admin/search/parked", "/api/v1/recommended-lists", "/api/v1/solutions?size=1")) {
            assertThat(keys(Requests.get(bureau, path, HttpStatus.OK))).contains("items", "page", "size", "total");
        }
        Requests.post(bureau, "/api/v1/admin/imports/catalog", ImportFiles.small("游标一"), HttpStatus.OK);
        Requests.post(bureau, "/api/v1/admin/imports/catalog", ImportFiles.small("游标二"), HttpStatus.OK);
        Map<?, ?> audit = Requests.get(bureau, "/api/v1/admin/audit?size=1", HttpStatus.OK);
        assertThat(keys(audit)).contains("items", "nextCursor");
        Object next = audit.get("nextCursor");
        Map<?, ?> following = Requests.get(bureau, "/api/v1/admin/audit?size=1&afterId=" + next, HttpStatus.OK);
        assertThat(Requests.get(bureau, "/api/v1/admin/audit?afterId=" + Long.MAX_VALUE, HttpStatus.OK)
                        .get("nextCursor"))
                .as("the last page names no next one")
                .isNull();
        assertThat(((Map<?, ?>) ((List<?>) following.get("items")).getFirst()).get("id"))
                .isNotEqualTo(((Map<?, ?>) ((List<?>) audit.get("items")).getFirst()).get("id"));
    }

    @ParameterizedTest
    @CsvSource({
        "/api/v1/admin/search/parked?size=0, size",
        "/api/v1/recommended-lists?page=-1, page",
        "/api/v1/solutions/00000000-0000-0000-0000-000000000001/versions?size=101, size",
        "/api/v1/enterprises/00000000-0000-0000-0000-000000000001/diagnoses?size=abc, size"
    })
    void aBadPageIs400NamingIt(String path, String parameter) {
        Tokens.bureau(anonymous)
                .get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo(parameter);
    }

    private static List<String> keys(Map<?, ?> json) {
        return json.keySet().stream().map(String::valueOf).toList();
    }
}
