package cn.xkqz.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import cn.xkqz.api.catalog.ImportFiles;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** ETags from versions on single records; If-Match on PUT (412 when stale); If-None-Match on GET (304). */
@ApiTest
class ETagApiTest {

    @Autowired
    WebTestClient anonymous;

    WebTestClient bureau;
    String solution;
    String provider;

    @BeforeEach
    void draftSolution() {
        bureau = Tokens.bureau(anonymous);
        Map<?, ?> imported = Requests.post(
                bureau, "/api/v1/admin/imports/catalog", ImportFiles.small("标签" + System.nanoTime()), HttpStatus.OK);
        provider = "/api/v1/providers/" + ((Map<?, ?>) imported.get("providers")).get("P1");
        Map<String, Object> draft = ImportFiles.solution("x", "标签草稿" + System.nanoTime());
        draft.put("providerId", provider.substring(provider.lastIndexOf('/') + 1));
        solution = "/api/v1/solutions/"
                + Requests.post(bureau, "/api/v1/solutions", draft, HttpStatus.CREATED)
                        .get("id");
    }

    @Test
    void singleRecordsCarryTheirVersionAsAStrongETag() {
        Map<?, ?> read = Requests.get(bureau, solution, HttpStatus.OK);
        assertThat(etag(bureau, solution)).isEqualTo("\"" + read.get("version") + "\"");
        assertThat(etag(anonymous, provider))
                .isEqualTo(
                        "\"" + Requests.get(anonymous, provider, HttpStatus.OK).get("version") + "\"");
        String enterprise = "/api/v1/enterprises/"
                + Requests.post(
                                bureau,
                                "/api/v1/enterprises",
                                ImportFiles.enterprise("标签企业" + System.nanoTime(), "AUTO_PARTS"),
                                HttpStatus.CREATED)
                        .get("id");
        assertThat(etag(bureau, enterprise)).matches("\"\\d+\"");
    }

    @Test
    void aPutWithTheCurrentETagProceedsAndAnswersTheNewOne() {
        String before = etag(bureau, solution);

        String after = bureau.put()
                .uri(solution)
                .header(HttpHeaders.IF_MATCH, before)
                .bodyValue(edit(null))
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(Map.class)
                .getResponseHeaders()
                .getETag();

        assertThat(after).isNotEqualTo(before).isEqualTo(etag(bureau, solution));
    }

    @Test
    void aStaleETagIs412AndChangesNothing() {
        String before = etag(bureau, solution);
        bureau.put()
                .uri(solution)
                .header(HttpHeaders.IF_MATCH, before)
                .bodyValue(edit(null))
                .exchange();

        bureau.put()
                .uri(solution)
                .header(HttpHeaders.IF_MATCH, before)
                .bodyValue(edit(null))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.PRECONDITION_FAILED)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("前提条件不成立");
    }

    @Test
    void anETagDisagreeingWithTheBodyVersionIs412() {
        String current = etag(bureau, solution);
        long version = Long.parseLong(current.replace("\"", ""));

        bureau.put()
                .uri(solution)
                .header(HttpHeaders.IF_MATCH, current)
                .bodyValue(edit(version + 5))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.PRECONDITION_FAILED);
        bureau.put()
                .uri(solution)
                .header(HttpHeaders.IF_MATCH, "W/" + current)
                .bodyValue(edit(null))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.PRECONDITION_FAILED);
    }

    @Test
    void withoutIfMatchTheBodyVersionWorksAsBefore() {
        Map<?, ?> read = Requests.get(bureau, solution, HttpStatus.OK);
        Long version = ((Number) read.get("version")).longValue();

        Requests.put(bureau, solution, edit(version), HttpStatus.OK);
        Requests.put(bureau, solution, edit(version), HttpStatus.CONFLICT);
    }

    @Test
    void aProviderPutHonoursIfMatchToo() {
        Map<?, ?> current = Requests.get(bureau, provider, HttpStatus.OK);
        Map<String, Object> update = new HashMap<>();
        for (String field : new String[] {"name", "creditCode", "county", "industries"}) {
            update.put(field, current.get(field));
        }
        update.put("description", "新的简介");
        String tag = etag(bureau, provider);

        bureau.put()
                .uri(provider)
                .header(HttpHeaders.IF_MATCH, tag)
                .bodyValue(update)
                .exchange()
                .expectStatus()
                .isOk();
        bureau.put()
                .uri(provider)
                .header(HttpHeaders.IF_MATCH, tag)
                .bodyValue(update)
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.PRECONDITION_FAILED);
    }

    @Test
    void aGetWithTheCurrentETagInIfNoneMatchIs304() {
        String current = etag(bureau, solution);

        bureau.get()
                .uri(solution)
                .header(HttpHeaders.IF_NONE_MATCH, current)
                .exchange()
                .expectStatus()
                .isNotModified();
        bureau.get()
                .uri(solution)
                .header(HttpHeaders.IF_NONE_MATCH, "\"999999\"")
                .exchange()
                .expectStatus()
                .isOk();
    }

    private static String etag(WebTestClient client, String path) {
        return client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(Map.class)
                .getResponseHeaders()
                .getETag();
    }

    private static Map<String, Object> edit(Long version) {
        Map<String, Object> edit = ImportFiles.solution("x", "标签草稿改" + System.nanoTime());
        edit.remove("ref");
        edit.remove("providerRef");
        if (version != null) {
            edit.put("version", version);
        }
        return edit;
    }
}
