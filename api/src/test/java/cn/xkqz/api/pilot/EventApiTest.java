package cn.xkqz.api.pilot;

import static cn.xkqz.api.pilot.PilotSteps.TODAY;
import static cn.xkqz.api.pilot.ShowcaseApiTest.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Events: enterprises and providers register themselves, once, within capacity and before the day;
 * bureau staff mark attendance and record intentions, which link to the pair's next project.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventApiTest {

    @Autowired
    WebTestClient anonymous;

    WebTestClient bureau;
    Map<String, UUID> pool;
    UUID first;
    UUID second;
    String county;

    @BeforeAll
    void world() {
        Requests.awaitReadiness(anonymous);
        bureau = Tokens.bureau(anonymous);
        county = "活动县" + UUID.randomUUID().toString().substring(0, 6);
        pool = PilotSteps.provider(bureau, "活动");
        first = PilotSteps.enterprise(bureau, "活动企业一");
        second = PilotSteps.enterprise(bureau, "活动企业二");
    }

    @Test
    void registrationsAreOnceWithinCapacityAndBeforeTheDay() {
        UUID small = event("MATCHMAKING", TODAY.plusDays(10), 1);
        assertThat(Requests.get(anonymous, "/api/v1/events/" + small, HttpStatus.OK)
                        .get("date"))
                .isEqualTo(TODAY.plusDays(10).toString());
        Map<?, ?> registered = Requests.post(enterprise(first), registrations(small), Map.of(), HttpStatus.CREATED);
        assertThat(registered.get("role")).isEqualTo("ENTERPRISE");
        assertThat(registered.get("orgName")).isEqualTo("活动企业一");
        Requests.post(enterprise(first), registrations(small), Map.of(), HttpStatus.CONFLICT);
        assertThat(detail(Requests.post(enterprise(second), registrations(small), Map.of(), HttpStatus.CONFLICT)))
                .contains("名额已满");
        assertThat(detail(Requests.post(provider(), registrations(small), Map.of(), HttpStatus.CONFLICT)))
                .contains("名额已满");

        UUID past = event("TRAINING", TODAY.minusDays(1), null);
        assertThat(detail(Requests.post(enterprise(first), registrations(past), Map.of(), HttpStatus.CONFLICT)))
                .contains("已于");

        UUID open = event("TECH_EXCHANGE", TODAY, null);
        Requests.post(enterprise(first), registrations(open), Map.of(), HttpStatus.CREATED);
        Requests.post(enterprise(second), registrations(open), Map.of(), HttpStatus.CREATED);
        Requests.post(provider(), registrations(open), Map.of(), HttpStatus.CREATED);
        Map<?, ?> list = Requests.get(bureau, registrations(open), HttpStatus.OK);
        assertThat(list.get("total")).isEqualTo(3);
        Requests.get(enterprise(first), registrations(open), HttpStatus.FORBIDDEN);
        Requests.post(bureau, registrations(open), Map.of(), HttpStatus.FORBIDDEN);
        Requests.post(enterprise(first), registrations(UUID.randomUUID()), Map.of(), HttpStatus.NOT_FOUND);
    }

    @Test
    void attendanceAndIntentionsAreCountedAndLinkToTheNextProject() {
        UUID event = event("MATCHMAKING", TODAY, null);
        String path = "/api/v1/events/" + event;
        Requests.post(enterprise(first), registrations(event), Map.of(), HttpStatus.CREATED);
        Requests.post(provider(), registrations(event), Map.of(), HttpStatus.CREATED);

        assertField(
                Requests.post(
                        bureau, path + "/attendance", Map.of("orgIds", List.of(first, second)), HttpStatus.BAD_REQUEST),
                "orgIds[1]",
                "未报名");
        assertThat(Requests.get(anonymous, path, HttpStatus.OK).get("attended")).isEqualTo(0);
        Map<?, ?> marked = Requests.post(
                bureau, path + "/attendance", Map.of("orgIds", List.of(first, pool.get("P1"))), HttpStatus.OK);
        assertThat(marked.get("attended")).isEqualTo(2);

        Map<String, Object> intention =
                Map.of("enterpriseId", second, "providerId", pool.get("P1"), "summary", "仓库温湿度监测改造意向");
        Requests.post(bureau, path + "/intentions", intention, HttpStatus.CONFLICT);
        Map<?, ?> signed = Requests.post(
                bureau,
                path + "/intentions",
                Map.of("enterpriseId", first, "providerId", pool.get("P1"), "summary", "仓库温湿度监测改造意向"),
                HttpStatus.CREATED);
        assertThat(signed.get("projectId")).isNull();
        UUID project =
                PilotSteps.open(bureau, PilotSteps.project(first, pool.get("P1"), pool.get("S1"), TODAY.plusDays(1)));
        List<?> intentions = bureau.get()
                .uri(path + "/intentions")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(List.class)
                .returnResult()
                .getResponseBody();
        assertThat(intentions)
                .singleElement()
                .satisfies(i -> assertThat(((Map<?, ?>) i).get("projectId")).isEqualTo(project.toString()));
        Map<?, ?> counts = Requests.get(anonymous, path, HttpStatus.OK);
        assertThat(counts.get("registrations")).isEqualTo(2);
        assertThat(counts.get("intentions")).isEqualTo(1);
    }

    @Test
    void theListShowsUpcomingEventsFirstAndFilters() {
        String place = county + "序";
        UUID later = event("PROMOTION", TODAY.plusDays(20), null, place);
        UUID sooner = event("PROMOTION", TODAY.plusDays(5), null, place);
        UUID held = event("PROMOTION", TODAY.minusDays(5), null, place);
        event("TRAINING", TODAY.plusDays(1), null, place);
        Map<?, ?> page = Requests.get(anonymous, "/api/v1/events?type=PROMOTION&county=" + place, HttpStatus.OK);
        assertThat(((List<?>) page.get("items"))
                        .stream().map(e -> ((Map<?, ?>) e).get("id")).toList())
                .isEqualTo(List.of(sooner.toString(), later.toString(), held.toString()));
        assertThat(Requests.get(anonymous, "/api/v1/events?type=TRAINING&county=" + place, HttpStatus.OK)
                        .get("total"))
                .isEqualTo(1);
        assertThat(Requests.get(anonymous, "/api/v1/events?county=" + place + "外", HttpStatus.OK)
                        .get("total"))
                .isEqualTo(0);
    }

    @Test
    void badEventsAreRefusedAndNotStored() {
        String all = "/api/v1/events?county=" + county + "坏";
        Map<String, Object> bad = new HashMap<>(
                Map.of("title", "坏活动", "type", "PARTY", "date", TODAY.toString(), "county", county + "坏"));
        assertField(Requests.post(bureau, "/api/v1/events", bad, HttpStatus.BAD_REQUEST), "type", "可选");
        bad.put("type", "TRAINING");
        bad.put("capacity", 0);
        assertField(Requests.post(bureau, "/api/v1/events", bad, HttpStatus.BAD_REQUEST), "capacity", "");
        bad.remove("capacity");
        bad.put("title", " ");
        assertField(Requests.post(bureau, "/api/v1/events", bad, HttpStatus.BAD_REQUEST), "title", "");
        assertThat(Requests.get(anonymous, all, HttpStatus.OK).get("total")).isEqualTo(0);
    }

    private UUID event(String type, LocalDate date, @Nullable Integer capacity) {
        return event(type, date, capacity, county);
    }

    private UUID event(String type, LocalDate date, @Nullable Integer capacity, String place) {
        Map<String, Object> event =
                new HashMap<>(Map.of("title", "活动" + type, "type", type, "date", date.toString(), "county", place));
        event.put("capacity", capacity);
        return PilotSteps.uuid(Requests.post(bureau, "/api/v1/events", event, HttpStatus.CREATED)
                .get("id"));
    }

    private static String registrations(UUID event) {
        return "/api/v1/events/" + event + "/registrations";
    }

    private WebTestClient enterprise(UUID id) {
        return Tokens.as(anonymous, "ENTERPRISE", id);
    }

    private WebTestClient provider() {
        return Tokens.as(anonymous, "PROVIDER", pool.get("P1"));
    }

    private static String detail(Map<?, ?> problem) {
        return String.valueOf(problem.get("detail"));
    }
}
