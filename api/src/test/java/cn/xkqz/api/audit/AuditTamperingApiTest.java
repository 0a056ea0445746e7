package cn.xkqz.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Requests;
import cn.xkqz.api.Tokens;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.audit.DatabaseOwner;
import java.nio.charset.StandardCharsets;
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
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The database owner's attacks on the audit trail, seen through the API: a rewritten-and-rehashed
 * history and a truncated tail are both reported by {@code verify}; checkpoints are exported so an
 * outsider can check them with the public key alone.
 */
@ApiTest
class AuditTamperingApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    WebTestClient http;

    @Autowired
    AuditTrail audit;

    @Autowired
    DatabaseClient db;

    @Autowired
    TransactionalOperator transactions;

    WebTestClient bureau;
    DatabaseOwner owner;

    @BeforeEach
    void setUp() {
        bureau = Tokens.bureau(http);
        owner = new DatabaseOwner(db, transactions, audit);
    }

    @Test
    void aRewrittenAndRehashedHistoryIsReportedByVerify() throws Exception {
        appendOne("第一条");
        long rewritten = appendOne("将被改写");
        appendOne("最后一条");
        Map<?, ?> exported = Requests.post(bureau, "/api/v1/admin/audit/checkpoints", Map.of(), HttpStatus.CREATED);
        assertThat(anOutsiderAccepts(Requests.get(bureau, "/api/v1/admin/audit/checkpoints/latest", HttpStatus.OK)))
                .isTrue();
        assertThat(verify())
                .containsEntry("valid", true)
                .containsEntry("lastCheckpoint", ((Map<?, ?>) exported.get("checkpoint")).get("sequence"));
        owner.backup();
        try {
            owner.run("update audit_entry set after_summary = '{\"note\":\"从未发生\"}' where id = " + rewritten);
            owner.rehashFrom(rewritten);

            Map<String, Object> check = verify();
            assertThat(check)
                    .containsEntry("valid", false)
                    .containsEntry("reason", "REWRITTEN_HISTORY")
                    .containsEntry("firstBrokenEntry", String.valueOf(rewritten));
            Map<?, ?> refused = Requests.post(bureau, "/api/v1/admin/audit/checkpoints", Map.of(), HttpStatus.CONFLICT);
            assertThat(refused.get("detail").toString()).contains("不签发检查点");
        } finally {
            owner.restore();
        }
        assertThat(verify()).containsEntry("valid", true);
    }

    @Test
    void aTruncatedTailIsReportedByVerify() {
        appendOne("保留");
        long deleted = appendOne("将被删除");
        Requests.post(bureau, "/api/v1/admin/audit/checkpoints", Map.of(), HttpStatus.CREATED);
        owner.backup();
        try {
            owner.run("delete from audit_entry where id >= " + deleted);

            assertThat(verify())
                    .containsEntry("valid", false)
                    .containsEntry("reason", "TRUNCATED_TAIL")
                    .containsEntry("firstBrokenEntry", String.valueOf(deleted));
        } finally {
            owner.restore();
        }
        assertThat(verify()).containsEntry("valid", true);
    }

    @Test
    void onlyBureauStaffWriteCheckpoints() {
        WebTestClient provider = Tokens.as(http, "PROVIDER", UUID.randomUUID());
        Requests.post(provider, "/api/v1/admin/audit/checkpoints", Map.of(), HttpStatus.FORBIDDEN);
        Requests.get(provider, "/api/v1/admin/audit/checkpoints/latest", HttpStatus.FORBIDDEN);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> verify() {
        return (Map<String, Object>) Requests.get(bureau, "/api/v1/admin/audit/verify", HttpStatus.OK);
    }

    /** What an outside party does with an exported checkpoint: no database, no app, just the JDK. */
    private static boolean anOutsiderAccepts(Map<?, ?> exported) throws Exception {
        assertThat(exported.get("algorithm")).isEqualTo("Ed25519");
        PublicKey key = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(
                        Base64.getDecoder().decode(exported.get("publicKey").toString())));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(exported.get("payload").toString().getBytes(StandardCharsets.UTF_8));
        String signature =
                ((Map<?, ?>) exported.get("checkpoint")).get("signature").toString();
        return verifier.verify(Base64.getDecoder().decode(signature));
    }

    private long appendOne(String note) {
        String entity = UUID.randomUUID().toString();
        transactions
                .transactional(audit.append("TEST_ACTION", "TEST", entity, null, Map.of("note", note)))
                .block(TIMEOUT);
        return audit.entries("TEST", entity, 0, 1).blockFirst(TIMEOUT).id();
    }
}
