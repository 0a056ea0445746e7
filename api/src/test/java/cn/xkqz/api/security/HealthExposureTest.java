package cn.xkqz.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Health says UP or DOWN to anyone (load balancers, probes); what is behind it (disk paths, cluster
 * names, sync lag) only to bureau staff.
 */
@ApiTest
@SuppressWarnings("unchecked")
class HealthExposureTest {

    @Autowired
    WebTestClient http;

    @Test
    void anonymousCallersSeeTheStatusOnly() {
        Map<String, Object> health = health(http, "/actuator/health");

        assertThat(health).containsKey("status").doesNotContainKeys("components", "details");
        assertThat(health(http, "/actuator/health/readiness")).doesNotContainKeys("components", "details");
    }

    @Test
    void otherRolesSeeTheStatusOnly() {
        WebTestClient enterprise = Tokens.as(http, "ENTERPRISE", java.util.UUID.randomUUID());

        assertThat(health(enterprise, "/actuator/health")).doesNotContainKeys("components", "details");
    }

    @Test
    void bureauStaffSeeComponentsWithTheSyncLag() {
        Map<String, Object> components = (Map<String, Object>)
                health(Tokens.bureau(http), "/actuator/health").get("components");

        assertThat(components).containsKeys("r2dbc", "elasticsearch", "searchIndex", "searchSync");
        Map<String, Object> sync = (Map<String, Object>) components.get("searchSync");
        assertThat(sync.get("status")).isEqualTo("UP");
        assertThat((Map<String, Object>) sync.get("details"))
                .containsKeys("lagSeconds", "pending", "parked", "lastRun");
    }

    @Test
    void livenessFollowsTheSearchSync() {
        Map<String, Object> liveness = health(Tokens.bureau(http), "/actuator/health/liveness");

        assertThat((Map<String, Object>) liveness.get("components")).containsKey("searchSync");
    }

    private static Map<String, Object> health(WebTestClient client, String path) {
        return client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
    }
}
