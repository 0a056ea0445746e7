package cn.xkqz.api.security;

import static cn.xkqz.api.security.SpreadingMatrixRows.row;

import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The rows of {@link PilotAuthorizationMatrixTest} for alerts of saved needs and anonymous demand. */
final class AlertMatrixRows {

    private AlertMatrixRows() {}

    static Stream<Arguments> rows() {
        return Stream.of(
                row("ANONYMOUS", null, "GET", "/api/v1/demand", null, 401),
                // alerts: the enterprise's own; demand: providers and bureau staff, never an enterprise
                row("PROVIDER", "A", "GET", "/api/v1/demand?industry=NEW_CHEMICALS", null, 200),
                row("PROVIDER", "A", "GET", "/api/v1/enterprises/E1/alerts", null, 403),
                row("ENTERPRISE", "E1", "GET", "/api/v1/enterprises/E1/alerts", null, 200),
                row("ENTERPRISE", "E1", "GET", "/api/v1/enterprises/E2/alerts", null, 403),
                row(
                        "ENTERPRISE",
                        "E1",
                        "POST",
                        "/api/v1/enterprises/E2/alerts/" + UUID.randomUUID() + "/dismiss",
                        null,
                        403),
                row(
                        "ENTERPRISE",
                        "E1",
                        "POST",
                        "/api/v1/enterprises/E1/alerts/" + UUID.randomUUID() + "/dismiss",
                        null,
                        404),
                row("ENTERPRISE", "E1", "GET", "/api/v1/demand", null, 403),
                row("EXPERT", "X1", "GET", "/api/v1/demand", null, 403),
                row("BUREAU", null, "GET", "/api/v1/demand", null, 200),
                row("BUREAU", null, "GET", "/api/v1/enterprises/E1/alerts", null, 200));
    }
}
