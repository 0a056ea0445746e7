package cn.xkqz.api.openapi;

import java.time.Duration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.LoopResources;

/**
 * A test client on its own event loop and a new connection per request. The injected WebTestClient shares
 * Reactor Netty's global event loops with the server under test; on two cores the passes that send
 * hundreds of requests saw an occasional answer never arrive (30 s timeout), which no outside client
 * reproduced against a running app. Keeping the client's I/O off the server's loops rules that out.
 */
final class OwnLoopClient {

    private static final LoopResources LOOP = LoopResources.create("test-client", 1, true);

    private OwnLoopClient() {}

    static WebTestClient to(int port) {
        HttpClient http = HttpClient.newConnection().runOn(LOOP);
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(http))
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }
}
