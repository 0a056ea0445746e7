package cn.xkqz.indexer.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The sync loop survives whatever one pass throws, and stopping lets a pass finish or releases it. */
class PollingLoopTest {

    private static final Duration TICK = Duration.ofMillis(20);

    @Test
    void aPassThatThrowsOrFailsDoesNotStopTheLoop() {
        AtomicInteger passes = new AtomicInteger();
        PollingLoop loop = new PollingLoop("test", TICK, () -> {
            int pass = passes.incrementAndGet();
            if (pass == 1) {
                throw new IllegalStateException("thrown while building the pass");
            }
            if (pass == 2) {
                return Mono.error(new IllegalStateException("signalled by the pass"));
            }
            return Mono.empty();
        });
        loop.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> passes.get() >= 5);
            assertThat(loop.isRunning()).isTrue();
        } finally {
            stopAndWait(loop, Duration.ofSeconds(5), () -> Mono.empty());
        }
        assertThat(loop.isRunning()).isFalse();
    }

    @Test
    void stopLetsThePassInProgressFinishBeforeCallingBack() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        AtomicBoolean released = new AtomicBoolean();
        PollingLoop loop = new PollingLoop(
                "test",
                TICK,
                () -> Mono.fromRunnable(started::countDown)
                        .then(Mono.delay(Duration.ofMillis(300)))
                        .doOnSuccess(done -> finished.set(true))
                        .then());
        loop.start();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        stopAndWait(loop, Duration.ofSeconds(5), () -> Mono.fromRunnable(() -> released.set(true)));

        assertThat(finished).as("the pass in progress ran to its end").isTrue();
        assertThat(released).as("nothing had to be released").isFalse();
    }

    @Test
    void aPassStillRunningAfterTheGracePeriodIsReleased() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean released = new AtomicBoolean();
        PollingLoop loop = new PollingLoop(
                "test", TICK, () -> Mono.fromRunnable(started::countDown).then(Mono.never()));
        loop.start();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        stopAndWait(loop, Duration.ofMillis(200), () -> Mono.fromRunnable(() -> released.set(true)));

        assertThat(released).isTrue();
        assertThat(loop.isRunning()).isFalse();
    }

    private static void stopAndWait(PollingLoop loop, Duration grace, java.util.function.Supplier<Mono<Void>> release) {
        CountDownLatch stopped = new CountDownLatch(1);
        loop.stop(grace, release, stopped::countDown);
        try {
            assertThat(stopped.await(10, TimeUnit.SECONDS))
                    .as("stop called back")
                    .isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
