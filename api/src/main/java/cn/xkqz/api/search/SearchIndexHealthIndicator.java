package cn.xkqz.api.search;

import cn.xkqz.indexer.rebuild.IndexBootstrap;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code searchIndex} health: up once the index behind the alias exists (created or checked at startup). */
@Component
class SearchIndexHealthIndicator implements HealthIndicator {

    private final IndexBootstrap bootstrap;

    SearchIndexHealthIndicator(IndexBootstrap bootstrap) {
        this.bootstrap = bootstrap;
    }

    @Override
    public Health health() {
        return bootstrap.isReady()
                ? Health.up().build()
                : Health.outOfService()
                        .withDetail("reason", "the search index is being prepared")
                        .build();
    }
}
