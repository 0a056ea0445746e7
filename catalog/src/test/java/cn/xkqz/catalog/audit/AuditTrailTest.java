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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.IllegalTransactionStateException;
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

    DatabaseOwner owner;

    @BeforeEach
    void owner() {
        owner = new DatabaseOwner(db, transactions, audit);
    }

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
            assertThat(entry.hashVersion()).isEqualTo(AuditHashing.CURRENT);
            assertThat(entry.signature()).isNotBlank();
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
    void anAppendOutsideATransactionIsRefusedAndWritesNothing() {
        String entity = UUID.randomUUID().toString();

        assertThatThrownBy(() -> audit.append("TEST_ACTION", "TEST", entity, null, Map.of("x", 1))
                        .block(TIMEOUT))
                .isInstanceOf(IllegalTransactionStateException.class);

        assertThat(audit.entries("TEST", entity, 0, 10).collectList().block(TIMEOUT))
                .isEmpty();
    }

    @Test
    void theTablesRefuseUpdatesAndDeletes() {
        appendOne("追加");

        assertThatThrownBy(() ->
                        db.sql("update audit_entry set action = 'X'").then().block(TIMEOUT))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.sql("delete from audit_entry").then().block(TIMEOUT))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.sql("delete from audit_checkpoint").then().block(TIMEOUT))
                .hasMessageContaining("append-only");
    }

    @Test
    void verifyNamesTheFirstRowEditedBehindTheAppsBack() {
        appendOne("第一条");
        long tampered = appendOne("被篡改的一条");
        appendOne("之后一条");
        assertThat(audit.verify().block(TIMEOUT).valid()).isTrue();
        owner.backup();
        try {
            owner.run("update audit_entry set after_summary = '{\"note\":\"改过了\"}' where id = " + tampered);

            ChainCheck check = audit.verify().block(TIMEOUT);
            assertThat(check.valid()).isFalse();
            assertThat(check.firstBrokenEntry()).isEqualTo(String.valueOf(tampered));
            assertThat(check.reason()).isEqualTo(ChainCheck.Reason.BROKEN_CHAIN);
        } finally {
            owner.restore();
        }
        assertThat(audit.verify().block(TIMEOUT).valid()).isTrue();
    }

    @Test
    void aHistoryRewrittenAndRehashedByTheDatabaseOwnerIsReportedAtTheRewrittenEntry() {
        appendOne("改写前一条");
        long rewritten = appendOne("将被改写的一条");
        appendOne("改写后一条");
        appendOne("最后一条");
        owner.backup();
        try {
            owner.run("update audit_entry set after_summary = '{\"note\":\"从未发生\"}' where id = " + rewritten);
            owner.rehashFrom(rewritten);

            ChainCheck check = audit.verify().block(TIMEOUT);
            assertThat(check.valid()).isFalse();
            assertThat(check.reason()).isEqualTo(ChainCheck.Reason.REWRITTEN_HISTORY);
            assertThat(check.firstBrokenEntry()).isEqualTo(String.valueOf(rewritten));
            assertThat(check.detail()).contains("签名");
        } finally {
            owner.restore();
        }
        assertThat(audit.verify().block(TIMEOUT).valid()).isTrue();
    }

    private long appendOne(String note) {
        String entity = UUID.randomUUID().toString();
        transactions
                .transactional(audit.append("TEST_ACTION", "TEST", entity, null, Map.of("note", note)))
                .block(TIMEOUT);
        return audit.entries("TEST", entity, 0, 1).blockFirst(TIMEOUT).id();
    }
}
