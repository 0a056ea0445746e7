package cn.xkqz.api;

import org.springframework.boot.SpringApplication;

/**
 * The service for a developer's machine: {@link MarketplaceApplication} with the test classpath, which adds
 * the local stack (PostgreSQL and Elasticsearch started for you) and dev tokens. The README's run command
 * starts it with {@code spring-boot:test-run} and the {@code dev} profile; the deployed jar holds neither.
 */
public final class TestMarketplaceApplication {

    private TestMarketplaceApplication() {}

    public static void main(String[] args) {
        SpringApplication.from(MarketplaceApplication::main).run(args);
    }
}
