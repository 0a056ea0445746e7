package cn.xkqz.api;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.LoopResources;

/**
 * Test clients on their own event loop, with a new connection per request. By default the injected
 * WebTestClient shares Reactor Netty's global event loops with the server under test; on two cores an
 * occasional answer never arrived (30 s timeout) in full-suite runs, which no client outside the test
 * JVM reproduced (docs/security.md). The OpenAPI passes ran on their own loop first and stopped seeing
 * it; every API test's client now does.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClientLoop {

    private static final LoopResources LOOP = LoopResources.create("test-client", 1, true);

    /** A connector whose I/O runs on the test clients' own loop. */
    public static ClientHttpConnector connector() {
        return new ReactorClientHttpConnector(HttpClient.newConnection().runOn(LOOP));
    }

    @Bean
    WebTestClientBuilderCustomizer ownEventLoop() {
        return builder -> builder.clientConnector(connector());
    }
}
