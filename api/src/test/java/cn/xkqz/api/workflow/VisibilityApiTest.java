package cn.xkqz.api.workflow;

import static cn.xkqz.api.workflow.Steps.TODAY;
import static cn.xkqz.api.workflow.Steps.take;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** One rule for what the public sees: LISTED solutions of ACTIVE providers, in every read. */
@ApiTest
class VisibilityApiTest {

    @Autowired
    WebTestClient anonymous;

    WebTestClient bureau;

    @BeforeEach
    void actAsBureauStaff() {
        bureau = Tokens.bureau(anonymous);
    }

    @Test
    void aListedSolutionOfAProviderOutOfTheActivePoolIsHiddenFromThePublicButNotFromItsOwnerOrTheBureau() {
        Map<String, UUID> pool = Steps.imported(bureau, "公开规则");
        UUID provider = pool.get("P1");
        String path = "/api/v1/providers/" + provider;
        WebTestClient itself = Tokens.as(anonymous, "PROVIDER", provider);
        WebTestClient another = Tokens.as(anonymous, "PROVIDER", UUID.randomUUID());
        assertPublic(pool, true);

        take(bureau, path, "WARN", "案例材料不实", TODAY.plusDays(30), HttpStatus.OK);
        assertPublic(pool, false);
        assertHiddenFrom(another, pool);
        take(bureau, path, "SUSPEND");

        assertPublic(pool, false);
        assertHiddenFrom(another, pool);
        for (WebTestClient ownerOrBureau : new WebTestClient[] {itself, bureau}) {
            Requests.get(ownerOrBureau, "/api/v1/solutions/" + pool.get("S1"), HttpStatus.OK);
            Requests.get(ownerOrBureau, path, HttpStatus.OK);
            assertThat(total(ownerOrBureau, "/api/v1/solutions?providerId=" + provider))
                    .isEqualTo(2);
            Requests.get(ownerOrBureau, compare(pool), HttpStatus.OK);
        }

        take(bureau, path, "REINSTATE");
        assertPublic(pool, true);
    }

    /** Whether anonymous visitors see the provider and its two LISTED solutions, in every read. */
    private void assertPublic(Map<String, UUID> pool, boolean visible) {
        HttpStatus expected = visible ? HttpStatus.OK : HttpStatus.NOT_FOUND;
        String solution = "/api/v1/solutions/" + pool.get("S1");
        Requests.get(anonymous, solution, expected);
        Requests.get(anonymous, solution + "/versions", expected);
        Requests.get(anonymous, compare(pool), expected);
        Requests.get(anonymous, "/api/v1/providers/" + pool.get("P1"), expected);
        assertThat(total(anonymous, "/api/v1/solutions?providerId=" + pool.get("P1")))
                .isEqualTo(visible ? 2 : 0);
        assertThat(Steps.each(
                        Requests.get(anonymous, "/api/v1/solutions?size=100", HttpStatus.OK)
                                .get("items"),
                        "id"))
                .as("the public list")
                .matches(ids -> ids.contains(pool.get("S1").toString()) == visible);
    }

    private void assertHiddenFrom(WebTestClient other, Map<String, UUID> pool) {
        Requests.get(other, "/api/v1/solutions/" + pool.get("S1"), HttpStatus.NOT_FOUND);
        Requests.get(other, compare(pool), HttpStatus.NOT_FOUND);
        assertThat(total(other, "/api/v1/solutions?providerId=" + pool.get("P1") + "&status=LISTED"))
                .isZero();
    }

    private static String compare(Map<String, UUID> pool) {
        return "/api/v1/solutions/compare?ids=" + pool.get("S1") + "," + pool.get("S2");
    }

    private static long total(WebTestClient client, String uri) {
        return ((Number) Requests.get(client, uri, HttpStatus.OK).get("total")).longValue();
    }
}
