package cn.xkqz.indexer.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xkqz.catalog.importing.CatalogImportService;
import cn.xkqz.catalog.solution.SolutionDraft;
import cn.xkqz.indexer.IndexAwait;
import cn.xkqz.indexer.Pool;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Stopping the worker in the middle of a batch (an instance shutting down) must not leave the events it
 * claimed leased for minutes: it finishes the batch or releases it.
 */
@SpringBootTest
class OutboxWorkerShutdownTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Autowired
    CatalogImportService imports;

    @Autowired
    OutboxWorker worker;

    @Autowired
    DatabaseClient db;

    @Autowired
    IndexAwait index;

    @Test
    void stoppingMidBatchLeavesNoEventLeased() throws InterruptedException {
        index.caughtUp();
        List<SolutionDraft> many = IntStream.range(0, 1500)
                .mapToObj(i -> Pool.solution("停机租约验证方案" + i, List.of("AUTO_PARTS"), List.of("EQUIPMENT")))
                .toList();
        imports.importCatalog(Pool.of("停机租约服务商", many)).block(TIMEOUT);
        try {
            await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(5)).until(() -> count("attempts > 0") > 0);
            CountDownLatch stopped = new CountDownLatch(1);
            worker.stop(stopped::countDown);
            assertThat(stopped.await(30, TimeUnit.SECONDS))
                    .as("the worker stopped")
                    .isTrue();

            assertThat(count("process_after > now() + interval '30 seconds'"))
                    .as("events still leased after the worker stopped")
                    .isZero();
        } finally {
            worker.start();
        }
        index.caughtUp();
    }

    private long count(String condition) {
        return db.sql("select count(*) from outbox_event where parked_at is null and " + condition)
                .map(row -> row.get(0, Long.class))
                .one()
                .block(TIMEOUT);
    }
}
