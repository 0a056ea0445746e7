package cn.xkqz.localstack;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * With {@code xkqz.local-stack.enabled=true}, starts a local PostgreSQL when {@code spring.r2dbc.url} is not
 * set and a local Elasticsearch when {@code spring.elasticsearch.uris} is not set, and points the app at
 * them. Configured URLs (properties or environment variables) always win: then nothing is started.
 */
public class LocalStackEnvironmentPostProcessor implements EnvironmentPostProcessor {

    private static final String R2DBC_URL = "spring.r2dbc.url";
    private static final String ELASTICSEARCH_URIS = "spring.elasticsearch.uris";

    private final Log log;

    public LocalStackEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(LocalStackEnvironmentPostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty(LocalStackSettings.PREFIX + "enabled", Boolean.class, false)) {
            return;
        }
        LocalStackSettings settings = LocalStackSettings.from(environment);
        Map<String, Object> properties = new HashMap<>();
        if (settings.postgres() && !StringUtils.hasText(environment.getProperty(R2DBC_URL))) {
            LocalStack.PostgresUrls urls = LocalStack.postgres(settings, log);
            properties.put(R2DBC_URL, urls.r2dbc());
            properties.put("spring.r2dbc.username", LocalPostgres.USER);
            properties.put("spring.r2dbc.password", "");
            properties.put("spring.flyway.url", urls.jdbc());
            properties.put("spring.flyway.user", LocalPostgres.USER);
            properties.put("spring.flyway.password", "");
        }
        if (settings.elasticsearch() && !StringUtils.hasText(environment.getProperty(ELASTICSEARCH_URIS))) {
            properties.put(
                    ELASTICSEARCH_URIS, LocalStack.elasticsearch(settings, log).toString());
        }
        if (!properties.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource("localStack", properties));
        }
    }
}
