package cn.xkqz.indexer;

import static org.awaitility.Awaitility.await;

import cn.xkqz.catalog.outbox.Outbox;
import cn.xkqz.indexer.index.SolutionIndex;
import cn.xkqz.indexer.rebuild.IndexBootstrap;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** Waits, in tests, until the index has caught up with everything committed so far. */
@Component
public class IndexAwait {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final IndexBootstrap bootstrap;
    private final Outbox outbox;
    private final SolutionIndex index;

    IndexAwait(IndexBootstrap bootstrap, Outbox outbox, SolutionIndex index) {
        this.bootstrap = bootstrap;
        this.outbox = outbox;
        this.index = index;
    }

    public void ready() {
        await().atMost(TIMEOUT).until(bootstrap::isReady);
    }

    /** No event waits in the outbox, and what was written is visible to searches. */
    public void caughtUp() {
        ready();
        await().atMost(TIMEOUT)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> outbox.stats().block(TIMEOUT).pending() == 0);
        index.refresh(index.alias()).block(TIMEOUT);
    }
}
