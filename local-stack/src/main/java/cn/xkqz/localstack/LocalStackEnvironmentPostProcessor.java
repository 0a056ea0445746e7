package cn.xkqz.localstack;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
        boolean needPostgres = settings.postgres() && !StringUtils.hasText(environment.getProperty(R2DBC_URL));
        boolean needElasticsearch =
                settings.elasticsearch() && !StringUtils.hasText(environment.getProperty(ELASTICSEARCH_URIS));
        // Both servers take seconds to start; start them side by side.
        CompletableFuture<LocalStack.PostgresUrls> postgres = needPostgres
                ? CompletableFuture.supplyAsync(() -> LocalStack.postgres(settings, log))
                : CompletableFuture.completedFuture(null);
        Map<String, Object> properties = new HashMap<>();
        if (needElasticsearch) {
            properties.put(
                    ELASTICSEARCH_URIS, LocalStack.elasticsearch(settings, log).toString());
        }
        if (needPostgres) {
            LocalStack.PostgresUrls urls = join(postgres);
            properties.put(R2DBC_URL, urls.r2dbc());
            properties.put("spring.r2dbc.username", LocalPostgres.USER);
            properties.put("spring.r2dbc.password", "");
            properties.put("spring.flyway.url", urls.jdbc());
            properties.put("spring.flyway.user", LocalPostgres.USER);
            properties.put("spring.flyway.password", "");
        }
        if (!properties.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource("localStack", properties));
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
