package cn.xkqz.catalog.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xkqz.catalog.TestData;
import cn.xkqz.catalog.importing.CatalogImportService;
import cn.xkqz.catalog.provider.Provider;
import cn.xkqz.catalog.provider.ProviderService;
import cn.xkqz.catalog.provider.ProviderUpdate;
import cn.xkqz.catalog.solution.NewSolution;
import cn.xkqz.catalog.solution.SolutionService;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The outbox on real PostgreSQL. Tests claim only the events of aggregates they made up themselves
 * ({@link Outbox#claimAmong}), so a lease taken here never hides another test's events.
 */
@SpringBootTest
class OutboxTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    Outbox outbox;

    @Autowired
    ProviderService providers;

    @Autowired
    SolutionService solutions;

    @Autowired
    CatalogImportService imports;

    @Autowired
    DatabaseClient db;

    @Autowired
    TransactionalOperator transactions;

    @Test
    void everyChangeOfASearchableRecordAddsAnEvent() {
        Provider provider = providers.create(TestData.provider("出箱服务商")).block(TIMEOUT);
        UUID solution = solutions
                .create(new NewSolution(provider.id(), TestData.solution("出箱方案")))
                .block(TIMEOUT)
                .id();
        Provider renamed = providers
                .update(provider.id(), new ProviderUpdate(provider.version(), TestData.provider("出箱服务商改名")))
                .block(TIMEOUT);

        assertThat(renamed.name()).isEqualTo("出箱服务商改名");
        assertThat(eventsFor(provider.id())).as("create and update").isEqualTo(2);
        assertThat(eventsFor(solution)).isEqualTo(1);
    }

    @Test
    void aReimportOfAnUnchangedFileAddsNoEvents() {
        var file = TestData.importFile("出箱乙");
        var ids = imports.importCatalog(file).block(TIMEOUT);
        UUID s1 = ids.solutions().get("S1");
        long before = eventsFor(s1);

        imports.importCatalog(file).block(TIMEOUT);

        assertThat(before).isEqualTo(1);
        assertThat(eventsFor(s1)).isEqualTo(1);
    }

    @Test
    void anEventIsOnlyRecordedInsideTheChangesTransaction() {
        UUID outside = UUID.randomUUID();
        assertThatThrownBy(() -> outbox.record(ChangedRecord.solution(outside)).block(TIMEOUT))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(eventsFor(outside)).isZero();

        UUID rolledBack = UUID.randomUUID();
        transactions
                .transactional(outbox.record(ChangedRecord.solution(rolledBack))
                        .then(Mono.error(new IllegalStateException("roll back"))))
                .onErrorComplete(IllegalStateException.class)
                .block(TIMEOUT);
        assertThat(eventsFor(rolledBack)).isZero();
    }

    @Test
    void concurrentClaimsNeverShareAnEvent() {
        List<UUID> ids = IntStream.range(0, 60).mapToObj(i -> UUID.randomUUID()).toList();
        ids.forEach(this::record);

        List<List<OutboxEvent>> claims = Flux.range(0, 4)
                .flatMap(
                        i -> outbox.claimAmong(ids, 1000, Duration.ofMinutes(5)).collectList(), 4)
                .collectList()
                .block(TIMEOUT);

        Set<UUID> claimed = new HashSet<>();
        int total = 0;
        for (List<OutboxEvent> claim : claims) {
            for (OutboxEvent event : claim) {
                claimed.add(event.record().id());
                total++;
            }
        }
        assertThat(claimed).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(total).as("each event claimed once").isEqualTo(ids.size());
        assertThat(outbox.claimAmong(ids, 1000, Duration.ofMinutes(5))
                        .collectList()
                        .block(TIMEOUT))
                .as("leased events are not due again")
                .isEmpty();
    }

    @Test
    void refusedEventsAreRetriedThenParkedAndAnAdminCanPutThemBack() {
        UUID id = UUID.randomUUID();
        record(id);
        OutboxEvent event = claimOwn(id);
        assertThat(event.attempts()).isEqualTo(1);

        outbox.retryLater(List.of(event.id()), Duration.ZERO, "mapper_parsing_exception", true)
                .block(TIMEOUT);
        OutboxEvent again = claimOwn(id);
        assertThat(again.attempts()).isEqualTo(2);

        long parkedBefore = outbox.stats().block(TIMEOUT).parked();
        outbox.park(again.id(), "mapper_parsing_exception: still refused").block(TIMEOUT);
        assertThat(outbox.parked(1000).map(OutboxEvent::id).collectList().block(TIMEOUT))
                .contains(again.id());
        assertThat(outbox.stats().block(TIMEOUT).parked()).isEqualTo(parkedBefore + 1);
        assertThat(outbox.claimAmong(List.of(id), 10, Duration.ofMinutes(5))
                        .collectList()
                        .block(TIMEOUT))
                .as("a parked event is not claimed")
                .isEmpty();

        outbox.unpark().block(TIMEOUT);
        OutboxEvent back = claimOwn(id);
        assertThat(back.attempts()).isEqualTo(1);
        assertThat(back.lastError()).contains("still refused");
    }

    @Test
    void anOutageDoesNotCountAsAnAttempt() {
        UUID id = UUID.randomUUID();
        record(id);
        OutboxEvent event = claimOwn(id);

        outbox.retryLater(List.of(event.id()), Duration.ZERO, "connection refused", false)
                .block(TIMEOUT);

        assertThat(claimOwn(id).attempts()).isEqualTo(1);
    }

    private void record(UUID solution) {
        transactions
                .transactional(outbox.record(ChangedRecord.solution(solution)))
                .block(TIMEOUT);
    }

    /** Claims the one due event of {@code id}, and nothing else. */
    private OutboxEvent claimOwn(UUID id) {
        List<OutboxEvent> claimed = outbox.claimAmong(List.of(id), 10, Duration.ofMinutes(5))
                .collectList()
                .block(TIMEOUT);
        assertThat(claimed).as("due events of " + id).hasSize(1);
        return claimed.get(0);
    }

    private long eventsFor(UUID id) {
        return db.sql("select count(*) from outbox_event where aggregate_id = :id")
                .bind("id", id)
                .map(row -> row.get(0, Long.class))
                .one()
                .block(TIMEOUT);
    }
}
