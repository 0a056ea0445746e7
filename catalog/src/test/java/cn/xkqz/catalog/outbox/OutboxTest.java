package cn.xkqz.catalog.outbox;

import static org.assertj.core.api.Assertions.assertThat;

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
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

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

    @Test
    void everyChangeOfASearchableRecordAddsAnEvent() {
        Provider provider = providers.create(TestData.provider("出箱服务商")).block(TIMEOUT);
        UUID solution = solutions
                .create(new NewSolution(provider.id(), TestData.solution("出箱方案")))
                .block(TIMEOUT)
                .id();
        providers
                .update(provider.id(), new ProviderUpdate(provider.version(), TestData.provider("出箱服务商改名")))
                .onErrorComplete()
                .block(TIMEOUT);

        assertThat(eventsFor(provider.id())).isGreaterThanOrEqualTo(1);
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
    void concurrentClaimsNeverShareAnEvent() {
        List<UUID> ids = IntStream.range(0, 60).mapToObj(i -> UUID.randomUUID()).toList();
        Flux.fromIterable(ids)
                .concatMap(id -> outbox.record(ChangedRecord.solution(id)))
                .blockLast(TIMEOUT);

        List<List<OutboxEvent>> claims = Flux.range(0, 4)
                .flatMap(i -> outbox.claim(1000, Duration.ofMinutes(5)).collectList(), 4)
                .collectList()
                .block(TIMEOUT);

        Set<UUID> claimed = new HashSet<>();
        int total = 0;
        for (List<OutboxEvent> claim : claims) {
            for (OutboxEvent event : claim) {
                if (ids.contains(event.record().id())) {
                    claimed.add(event.record().id());
                    total++;
                }
            }
        }
        assertThat(claimed).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(total).as("each event claimed once").isEqualTo(ids.size());
        assertThat(outbox.claim(1000, Duration.ofMinutes(5))
                        .map(e -> e.record().id())
                        .collectList()
                        .block(TIMEOUT))
                .as("leased events are not due again")
                .doesNotContainAnyElementsOf(ids);
    }

    @Test
    void refusedEventsAreRetriedThenParkedAndAnAdminCanPutThemBack() {
        UUID id = UUID.randomUUID();
        outbox.record(ChangedRecord.solution(id)).block(TIMEOUT);
        OutboxEvent event = claimOwn(id);
        assertThat(event.attempts()).isEqualTo(1);

        outbox.retryLater(List.of(event.id()), Duration.ZERO, "mapper_parsing_exception", true)
                .block(TIMEOUT);
        OutboxEvent again = claimOwn(id);
        assertThat(again.attempts()).isEqualTo(2);

        outbox.park(again.id(), "mapper_parsing_exception: still refused").block(TIMEOUT);
        assertThat(outbox.parked(1000).map(OutboxEvent::id).collectList().block(TIMEOUT))
                .contains(again.id());
        assertThat(outbox.stats().block(TIMEOUT).parked()).isGreaterThanOrEqualTo(1);

        outbox.unpark().block(TIMEOUT);
        OutboxEvent back = claimOwn(id);
        assertThat(back.attempts()).isEqualTo(1);
        assertThat(back.lastError()).contains("still refused");
    }

    @Test
    void anOutageDoesNotCountAsAnAttempt() {
        UUID id = UUID.randomUUID();
        outbox.record(ChangedRecord.solution(id)).block(TIMEOUT);
        OutboxEvent event = claimOwn(id);

        outbox.retryLater(List.of(event.id()), Duration.ZERO, "connection refused", false)
                .block(TIMEOUT);

        assertThat(claimOwn(id).attempts()).isEqualTo(1);
    }

    private OutboxEvent claimOwn(UUID id) {
        return outbox.claim(10_000, Duration.ofMinutes(5))
                .filter(e -> e.record().id().equals(id))
                .next()
                .switchIfEmpty(Mono.error(new AssertionError("event for " + id + " not claimable")))
                .block(TIMEOUT);
    }

    private long eventsFor(UUID id) {
        return db.sql("select count(*) from outbox_event where aggregate_id = :id")
                .bind("id", id)
                .map(row -> row.get(0, Long.class))
                .one()
                .block(TIMEOUT);
    }
}
