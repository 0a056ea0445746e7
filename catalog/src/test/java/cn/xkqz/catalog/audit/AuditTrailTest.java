package cn.xkqz.catalog.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xkqz.catalog.TestData;
import cn.xkqz.catalog.provider.Provider;
import cn.xkqz.catalog.provider.ProviderService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

@SpringBootTest
class AuditTrailTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    AuditTrail audit;

    @Autowired
    ProviderService providers;

    @Autowired
    DatabaseClient db;

    @Autowired
    TransactionalOperator transactions;

    @Test
    void changesAreRecordedWithTheirActorInTheSameTransaction() {
        Actor bureau = new Actor("staff-7", "BUREAU", null);
        Provider created = providers
                .create(TestData.provider("审计服务商"))
                .contextWrite(ctx -> ctx.put(Actor.class, bureau))
                .block(TIMEOUT);

        List<AuditEntry> entries = audit.entries("PROVIDER", created.id().toString(), 0, 10)
                .collectList()
                .block(TIMEOUT);

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("PROVIDER_CREATED");
            assertThat(entry.actorSubject()).isEqualTo("staff-7");
            assertThat(entry.actorRole()).isEqualTo("BUREAU");
            assertThat(entry.before()).isNull();
            assertThat(entry.after()).contains("审计服务商", "APPLIED");
        });
        assertThat(audit.verify().block(TIMEOUT).valid()).isTrue();
    }

    @Test
    void aRolledBackChangeLeavesNoEntry() {
        String entity = UUID.randomUUID().toString();

        transactions
                .transactional(audit.append("TEST_ACTION", "TEST", entity, null, Map.of("x", 1))
                        .then(reactor.core.publisher.Mono.error(new IllegalStateException("roll back"))))
                .onErrorComplete()
                .block(TIMEOUT);

        assertThat(audit.entries("TEST", entity, 0, 10).collectList().block(TIMEOUT))
                .isEmpty();
    }

    @Test
    void theTableRefusesUpdatesAndDeletes() {
        appendOne("追加");

        assertThatThrownBy(() ->
                        db.sql("update audit_entry set action = 'X'").then().block(TIMEOUT))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.sql("delete from audit_entry").then().block(TIMEOUT))
                .hasMessageContaining("append-only");
    }

    @Test
    void verifyNamesTheFirstRowEditedBehindTheAppsBack() {
        appendOne("第一条");
        long tampered = appendOne("被篡改的一条");
        appendOne("之后一条");
        assertThat(audit.verify().block(TIMEOUT).valid()).isTrue();

        // Someone with database rights switches the guard off and rewrites history.
        db.sql("alter table audit_entry disable trigger audit_entry_append_only")
                .then()
                .block(TIMEOUT);
        try {
            db.sql("update audit_entry set after_summary = '{\"note\":\"改过了\"}' where id = :id")
                    .bind("id", tampered)
                    .then()
                    .block(TIMEOUT);
        } finally {
            db.sql("alter table audit_entry enable trigger audit_entry_append_only")
                    .then()
                    .block(TIMEOUT);
        }

        ChainCheck check = audit.verify().block(TIMEOUT);
        assertThat(check.valid()).isFalse();
        assertThat(check.firstBrokenEntry()).isEqualTo(String.valueOf(tampered));
        restore(tampered);
    }

    private long appendOne(String note) {
        String entity = UUID.randomUUID().toString();
        transactions
                .transactional(audit.append("TEST_ACTION", "TEST", entity, null, Map.of("note", note)))
                .block(TIMEOUT);
        return audit.entries("TEST", entity, 0, 1).blockFirst(TIMEOUT).id();
    }

    /** Puts the tampered row back as it was, so other tests see an intact chain. */
    private void restore(long id) {
        db.sql("alter table audit_entry disable trigger audit_entry_append_only")
                .then()
                .block(TIMEOUT);
        try {
            db.sql("update audit_entry set after_summary = '{\"note\":\"被篡改的一条\"}' where id = :id")
                    .bind("id", id)
                    .then()
                    .block(TIMEOUT);
        } finally {
            db.sql("alter table audit_entry enable trigger audit_entry_append_only")
                    .then()
                    .block(TIMEOUT);
        }
        assertThat(audit.verify().block(TIMEOUT).valid()).isTrue();
    }
}
