package cn.xkqz.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.mock.env.MockEnvironment;

class LocalStackEnvironmentPostProcessorTest {

    private final LocalStackEnvironmentPostProcessor postProcessor =
            new LocalStackEnvironmentPostProcessor(new DeferredLogs());

    @Test
    void configuredUrlsWinAndNothingIsStarted() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("xkqz.local-stack.enabled", "true")
                .withProperty("spring.r2dbc.url", "r2dbc:postgresql://db.example:5432/xkqz")
                .withProperty("spring.elasticsearch.uris", "http://es.example:9200");

        postProcessor.postProcessEnvironment(env, new SpringApplication());

        assertThat(env.getPropertySources().contains("localStack")).isFalse();
        assertThat(env.getProperty("spring.r2dbc.url")).isEqualTo("r2dbc:postgresql://db.example:5432/xkqz");
    }

    @Test
    void disabledMeansNothingIsStartedEvenWithoutUrls() {
        MockEnvironment env = new MockEnvironment();

        postProcessor.postProcessEnvironment(env, new SpringApplication());

        assertThat(env.getPropertySources().contains("localStack")).isFalse();
    }
}
