package cn.xkqz.api.audit;

import cn.xkqz.catalog.audit.AuditEntry;
import cn.xkqz.catalog.audit.AuditHashing;
import cn.xkqz.catalog.audit.AuditTrail;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Someone who owns the database but not the app's signing key: triggers off for one transaction
 * ({@code session_replication_role = replica}), rows rewritten, hashes recomputed with the public hash
 * function. Backs up and restores the audit tables so later tests see an intact trail.
 */
final class DatabaseOwner {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final DatabaseClient db;
    private final TransactionalOperator transactions;
    private final AuditTrail audit;

    DatabaseOwner(DatabaseClient db, TransactionalOperator transactions, AuditTrail audit) {
        this.db = db;
        this.transactions = transactions;
        this.audit = audit;
    }

    void run(String... statements) {
        Mono<Void> work = db.sql("set local session_replication_role = replica").then();
        for (String statement : statements) {
            work = work.then(db.sql(statement).then());
        }
        transactions.transactional(work).block(TIMEOUT);
    }

    void backup() {
        run(
                "drop table if exists api_audit_entry_backup",
                "drop table if exists api_audit_checkpoint_backup",
                "create table api_audit_entry_backup as select * from audit_entry",
                "create table api_audit_checkpoint_backup as select * from audit_checkpoint");
    }

    void restore() {
        run(
                "delete from audit_entry",
                "insert into audit_entry select * from api_audit_entry_backup",
                "delete from audit_checkpoint",
                "insert into audit_checkpoint select * from api_audit_checkpoint_backup",
                "drop table api_audit_entry_backup",
                "drop table api_audit_checkpoint_backup");
    }

    /** Recomputes the chain from {@code fromId} on; signatures stay, as they cannot be redone. */
    void rehashFrom(long fromId) {
        List<AuditEntry> all =
                audit.entries(null, null, 0, Integer.MAX_VALUE).collectList().block(TIMEOUT);
        List<String> updates = new ArrayList<>();
        String previous = AuditHashing.GENESIS;
        for (AuditEntry entry : all) {
            if (entry.id() < fromId) {
                previous = entry.hash();
                continue;
            }
            String hash = AuditHashing.hash(new AuditEntry(
                    entry.id(),
                    entry.occurredAt(),
                    entry.actorSubject(),
                    entry.actorRole(),
                    entry.actorOrg(),
                    entry.action(),
                    entry.entityType(),
                    entry.entityId(),
                    entry.before(),
                    entry.after(),
                    previous,
                    "",
                    entry.hashVersion(),
                    entry.signature()));
            updates.add("update audit_entry set previous_hash = '" + previous + "', hash = '" + hash + "' where id = "
                    + entry.id());
            previous = hash;
        }
        run(updates.toArray(String[]::new));
    }
}
