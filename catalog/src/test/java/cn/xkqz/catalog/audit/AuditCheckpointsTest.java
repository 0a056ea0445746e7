package cn.xkqz.catalog.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xkqz.catalog.error.ConflictException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/** Signed checkpoints against someone who owns the database: truncation, forgery, deletion. */
@SpringBootTest
class AuditCheckpointsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditCheckpoints checkpoints;

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
    void aCheckpointSignsTheHeadAndAnOutsiderCanCheckIt() throws Exception {
        long last = appendOne("检查点之前");

        SignedCheckpoint exported = checkpoints.write().block(TIMEOUT);

        assertThat(exported.checkpoint().lastEntryId()).isEqualTo(last);
        assertThat(exported.algorithm()).isEqualTo("Ed25519");
        PublicKey key = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(exported.publicKey())));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(exported.payload().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(verifier.verify(
                        Base64.getDecoder().decode(exported.checkpoint().signature())))
                .isTrue();
        assertThat(exported.payload()).contains(exported.checkpoint().headHash());
        assertThat(checkpoints.latest().block(TIMEOUT)).isEqualTo(exported);
        ChainCheck check = audit.verify().block(TIMEOUT);
        assertThat(check.valid()).isTrue();
        assertThat(check.lastCheckpoint()).isEqualTo(exported.checkpoint().sequence());
    }

    @Test
    void thePeriodicCheckpointIsOnlyWrittenWhenTheTrailHasGrown() {
        appendOne("定期检查点");
        assertThat(checkpoints.writeIfGrown().block(TIMEOUT)).isNotNull();

        assertThat(checkpoints.writeIfGrown().block(TIMEOUT)).isNull();
    }

    @Test
    void aTruncatedTailIsReported() {
        appendOne("保留的一条");
        long firstDeleted = appendOne("将被删除的一条");
        long lastDeleted = appendOne("将被删除的最后一条");
        checkpoints.write().block(TIMEOUT);
        owner.backup();
        try {
            owner.run("delete from audit_entry where id >= " + firstDeleted);

            ChainCheck check = audit.verify().block(TIMEOUT);
            assertThat(check.valid()).isFalse();
            assertThat(check.reason()).isEqualTo(ChainCheck.Reason.TRUNCATED_TAIL);
            assertThat(check.firstBrokenEntry()).isEqualTo(String.valueOf(lastDeleted));
        } finally {
            owner.restore();
        }
        assertThat(audit.verify().block(TIMEOUT).valid()).isTrue();
    }

    @Test
    void aTruncatedTailFollowedByNewEntriesIsReported() {
        long deleted = appendOne("将被删除的一条");
        checkpoints.write().block(TIMEOUT);
        owner.backup();
        try {
            owner.run("delete from audit_entry where id = " + deleted);
            appendOne("删除之后写入的一条");

            ChainCheck check = audit.verify().block(TIMEOUT);
            assertThat(check.valid()).isFalse();
            assertThat(check.reason()).isEqualTo(ChainCheck.Reason.TRUNCATED_TAIL);
            assertThat(check.firstBrokenEntry()).isEqualTo(String.valueOf(deleted));
        } finally {
            owner.restore();
        }
        assertThat(audit.verify().block(TIMEOUT).valid()).isTrue();
    }

    @Test
    void aCheckpointAlteredOrDeletedByTheDatabaseOwnerIsReported() {
        appendOne("检查点一");
        long first = checkpoints.write().block(TIMEOUT).checkpoint().sequence();
        appendOne("检查点二");
        checkpoints.write().block(TIMEOUT);
        owner.backup();
        try {
            owner.run("update audit_checkpoint set entry_count = entry_count - 1 where sequence = " + first);
            ChainCheck forged = audit.verify().block(TIMEOUT);
            assertThat(forged.valid()).isFalse();
            assertThat(forged.reason()).isEqualTo(ChainCheck.Reason.BAD_CHECKPOINT_SIGNATURE);
            assertThat(forged.firstBrokenCheckpoint()).isEqualTo(first);

            owner.run("delete from audit_checkpoint where sequence = " + first);
            ChainCheck gap = audit.verify().block(TIMEOUT);
            assertThat(gap.reason()).isEqualTo(ChainCheck.Reason.MISSING_CHECKPOINT);
            assertThat(gap.firstBrokenCheckpoint()).isEqualTo(first);
        } finally {
            owner.restore();
        }
        assertThat(audit.verify().block(TIMEOUT).valid()).isTrue();
    }

    @Test
    void deletingTheNewestCheckpointIsNoticedByTheRunningApp() {
        appendOne("最新检查点");
        long newest = checkpoints.write().block(TIMEOUT).checkpoint().sequence();
        owner.backup();
        try {
            owner.run("delete from audit_checkpoint where sequence = " + newest);

            ChainCheck check = audit.verify().block(TIMEOUT);
            assertThat(check.reason()).isEqualTo(ChainCheck.Reason.MISSING_CHECKPOINT);
            assertThat(check.firstBrokenCheckpoint()).isEqualTo(newest);
        } finally {
            owner.restore();
        }
        assertThat(audit.verify().block(TIMEOUT).valid()).isTrue();
    }

    @Test
    void noCheckpointIsSignedOverABrokenChain() {
        long tampered = appendOne("被改动的一条");
        owner.backup();
        try {
            owner.run("update audit_entry set action = 'FORGED' where id = " + tampered);

            assertThatThrownBy(() -> checkpoints.write().block(TIMEOUT))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("不签发检查点");
        } finally {
            owner.restore();
        }
    }

    private long appendOne(String note) {
        String entity = UUID.randomUUID().toString();
        transactions
                .transactional(audit.append("TEST_ACTION", "TEST", entity, null, Map.of("note", note)))
                .block(TIMEOUT);
        return audit.entries("TEST", entity, 0, 1).blockFirst(TIMEOUT).id();
    }
}
