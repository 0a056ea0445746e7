package cn.xkqz.api.pilot;

import static cn.xkqz.api.pilot.PilotSteps.TODAY;
import static cn.xkqz.api.pilot.ShowcaseApiTest.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Recognitions: each kind once, never in the future, and the enterprise's tier follows the highest. */
@ApiTest
class RecognitionApiTest {

    @Autowired
    WebTestClient anonymous;

    @Test
    void recognitionsRaiseTheTierAndAreRecordedOnce() {
        Requests.awaitReadiness(anonymous);
        WebTestClient bureau = Tokens.bureau(anonymous);
        UUID id = PilotSteps.enterprise(bureau, "梯度培育企业");
        String enterprise = "/api/v1/enterprises/" + id;
        String path = enterprise + "/recognitions";
        assertThat(Requests.get(bureau, enterprise, HttpStatus.OK).get("tier")).isNull();

        assertField(
                Requests.post(
                        bureau,
                        path,
                        recognition("LITTLE_GIANT", TODAY.plusDays(1).toString()),
                        HttpStatus.BAD_REQUEST),
                "date",
                "不能晚于今天");
        assertField(
                Requests.post(bureau, path, recognition("KNIGHTHOOD", TODAY.toString()), HttpStatus.BAD_REQUEST),
                "kind",
                "可选");
        assertThat(recognitions(bureau, path)).isEmpty();
        assertThat(Requests.get(bureau, enterprise, HttpStatus.OK).get("tier")).isNull();

        Requests.post(
                bureau, path, recognition("ABOVE_SCALE", TODAY.minusYears(1).toString()), HttpStatus.CREATED);
        Map<?, ?> above = Requests.get(bureau, enterprise, HttpStatus.OK);
        assertThat(above.get("tier")).isEqualTo("ABOVE_SCALE");
        assertThat(above.get("scale")).isEqualTo("ABOVE");
        Requests.post(bureau, path, recognition("LITTLE_GIANT", TODAY.toString()), HttpStatus.CREATED);
        Requests.post(
                bureau,
                path,
                recognition("PROVINCIAL_SPECIALIZED", TODAY.minusMonths(6).toString()),
                HttpStatus.CREATED);
        Requests.post(bureau, path, recognition("SMART_WORKSHOP", TODAY.toString()), HttpStatus.CREATED);
        Map<?, ?> read = Requests.get(bureau, enterprise, HttpStatus.OK);
        assertThat(read.get("tier")).isEqualTo("LITTLE_GIANT");
        assertThat(read.get("specialization")).isEqualTo("LITTLE_GIANT");
        Requests.post(bureau, path, recognition("LITTLE_GIANT", TODAY.toString()), HttpStatus.CONFLICT);

        List<?> mine = recognitions(Tokens.as(anonymous, "ENTERPRISE", id), path);
        assertThat(mine).hasSize(4);
        assertThat(((Map<?, ?>) mine.getFirst()).get("kind")).isEqualTo("ABOVE_SCALE");
        UUID other = PilotSteps.enterprise(bureau, "梯度培育他企");
        Requests.get(Tokens.as(anonymous, "ENTERPRISE", other), path, HttpStatus.FORBIDDEN);
        Requests.post(
                Tokens.as(anonymous, "ENTERPRISE", id),
                path,
                recognition("ABOVE_SCALE", TODAY.toString()),
                HttpStatus.FORBIDDEN);
        Requests.post(
                bureau,
                "/api/v1/enterprises/" + UUID.randomUUID() + "/recognitions",
                recognition("ABOVE_SCALE", TODAY.toString()),
                HttpStatus.NOT_FOUND);
    }

    private static Map<String, Object> recognition(String kind, String date) {
        return Map.of("kind", kind, "date", date);
    }

    private static List<?> recognitions(WebTestClient client, String path) {
        return client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(List.class)
                .returnResult()
                .getResponseBody();
    }
}
