package cn.xkqz.api.security;

import static cn.xkqz.api.pilot.PilotSteps.TODAY;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The rows of {@link PilotAuthorizationMatrixTest} for spreading transformation: showcases, chain cases,
 * events (EV, upcoming, E1 registered) and recognitions. SOL is provider A's solution; CC a chain case.
 */
final class SpreadingMatrixRows {

    private SpreadingMatrixRows() {}

    static Stream<Arguments> rows() {
        Map<String, Object> showcase = Map.of(
                "enterpriseId", "@E1",
                "projectId", "@P",
                "category", "SMART_FACTORY",
                "title", "矩阵样板",
                "results", List.of(Map.of("metric", "良品率", "before", "90%", "after", "97%")));
        Map<String, Object> chain = Map.of(
                "title", "矩阵链式",
                "leadProviderId", "@A",
                "memberEnterpriseIds", List.of("@E1"),
                "model", "PLATFORM",
                "summary", "矩阵测试");
        Map<String, Object> event =
                Map.of("title", "矩阵活动", "type", "PROMOTION", "date", TODAY.toString(), "county", "红旗区");
        Map<String, Object> attendance = Map.of("orgIds", List.of("@E1"));
        Map<String, Object> intention = Map.of("enterpriseId", "@E1", "providerId", "@A", "summary", "矩阵测试");
        Map<String, Object> recognition = Map.of("kind", "SMART_WORKSHOP", "date", TODAY.toString());
        return Stream.of(
                // showcases and chain cases: public reads, bureau writes
                row("ANONYMOUS", null, "GET", "/api/v1/showcases", null, 200),
                row("ANONYMOUS", null, "GET", "/api/v1/solutions/SOL/showcases", null, 200),
                row("ANONYMOUS", null, "GET", "/api/v1/providers/A/showcases", null, 200),
                row("ANONYMOUS", null, "POST", "/api/v1/showcases", showcase, 401),
                row("PROVIDER", "A", "POST", "/api/v1/showcases", showcase, 403),
                row("ENTERPRISE", "E1", "POST", "/api/v1/showcases", showcase, 403),
                row("BUREAU", null, "POST", "/api/v1/showcases", showcase, 409),
                row("ANONYMOUS", null, "GET", "/api/v1/chain-cases", null, 200),
                row("ANONYMOUS", null, "GET", "/api/v1/chain-cases/CC", null, 200),
                row("ANONYMOUS", null, "POST", "/api/v1/chain-cases", chain, 401),
                row("PROVIDER", "A", "POST", "/api/v1/chain-cases", chain, 403),
                row("BUREAU", null, "POST", "/api/v1/chain-cases", chain, 201),
                // events: public reads; organisations register themselves; bureau staff run the rest
                row("ANONYMOUS", null, "GET", "/api/v1/events", null, 200),
                row("ANONYMOUS", null, "GET", "/api/v1/events/EV", null, 200),
                row("ANONYMOUS", null, "POST", "/api/v1/events", event, 401),
                row("PROVIDER", "A", "POST", "/api/v1/events", event, 403),
                row("ENTERPRISE", "E1", "POST", "/api/v1/events", event, 403),
                row("BUREAU", null, "POST", "/api/v1/events", event, 201),
                row("ANONYMOUS", null, "POST", "/api/v1/events/EV/registrations", null, 401),
                row("EXPERT", "X1", "POST", "/api/v1/events/EV/registrations", null, 403),
                row("BUREAU", null, "POST", "/api/v1/events/EV/registrations", null, 403),
                row("ENTERPRISE", "E2", "POST", "/api/v1/events/EV/registrations", null, 201),
                row("PROVIDER", "B", "POST", "/api/v1/events/EV/registrations", null, 201),
                row("ANONYMOUS", null, "GET", "/api/v1/events/EV/registrations", null, 401),
                row("ENTERPRISE", "E1", "GET", "/api/v1/events/EV/registrations", null, 403),
                row("BUREAU", null, "GET", "/api/v1/events/EV/registrations", null, 200),
                row("PROVIDER", "A", "POST", "/api/v1/events/EV/attendance", attendance, 403),
                row("BUREAU", null, "POST", "/api/v1/events/EV/attendance", attendance, 200),
                row("ENTERPRISE", "E1", "POST", "/api/v1/events/EV/intentions", intention, 403),
                row("BUREAU", null, "POST", "/api/v1/events/EV/intentions", intention, 409),
                row("PROVIDER", "A", "GET", "/api/v1/events/EV/intentions", null, 403),
                row("BUREAU", null, "GET", "/api/v1/events/EV/intentions", null, 200),
                // recognitions: bureau staff record; the enterprise itself and bureau staff read
                row("ANONYMOUS", null, "GET", "/api/v1/enterprises/E1/recognitions", null, 401),
                row("ENTERPRISE", "E1", "GET", "/api/v1/enterprises/E1/recognitions", null, 200),
                row("ENTERPRISE", "E2", "GET", "/api/v1/enterprises/E1/recognitions", null, 403),
                row("PROVIDER", "A", "GET", "/api/v1/enterprises/E1/recognitions", null, 403),
                row("EXPERT", "X1", "GET", "/api/v1/enterprises/E1/recognitions", null, 403),
                row("BUREAU", null, "GET", "/api/v1/enterprises/E1/recognitions", null, 200),
                row("ENTERPRISE", "E1", "POST", "/api/v1/enterprises/E1/recognitions", recognition, 403),
                row("PROVIDER", "A", "POST", "/api/v1/enterprises/E1/recognitions", recognition, 403),
                row("BUREAU", null, "POST", "/api/v1/enterprises/E2/recognitions", recognition, 201));
    }

    static Arguments row(String role, String org, String method, String path, Object body, int status) {
        return Arguments.of(role, org, method, path, body, status);
    }
}
