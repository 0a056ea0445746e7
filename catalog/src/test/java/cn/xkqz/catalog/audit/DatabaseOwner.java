package cn.xkqz.catalog.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Plays someone who owns the database but not the app's signing key: switches the append-only
 * triggers off for one transaction ({@code session_replication_role = replica}), rewrites rows and
 * recomputes hashes with the public hash function. Also backs up and restores the audit tables, so the
 * tests after a tampering one see an intact trail again. Shared with the api's tests through catalog's
 * test-jar, which holds this class only.
 */
public final class DatabaseOwner {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final DatabaseClient db;
    private final TransactionalOperator transactions;
    private final AuditTrail audit;

    public DatabaseOwner(DatabaseClient db, TransactionalOperator transactions, AuditTrail audit) {
        this.db = db;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** Runs {@code statements} in one transaction with every trigger off. */
    public void run(String... statements) {
        Mono<Void> work = db.sql("set local session_replication_role = replica").then();
        for (String statement : statements) {
            work = work.then(db.sql(statement).then());
        }
        transactions.transactional(work).block(TIMEOUT);
    }

    public void backup() {
        run(
                "drop table if exists audit_entry_backup",
                "drop table if exists audit_checkpoint_backup",
                "create table audit_entry_backup as select * from audit_entry",
                "create table audit_checkpoint_backup as select * from audit_checkpoint");
    }

    public void restore() {
        run(
                "delete from audit_entry",
                "insert into audit_entry select * from audit_entry_backup",
                "delete from audit_checkpoint",
                "insert into audit_checkpoint select * from audit_checkpoint_backup",
                "drop table audit_entry_backup",
                "drop table audit_checkpoint_backup");
    }

    /**
     * Recomputes {@code previous_hash} and {@code hash} of every entry from {@code fromId} on, as an
     * attacker would after editing that entry, so the chain is consistent again. Signatures stay as
     * they were: without the key they cannot be redone.
     */
    public void rehashFrom(long fromId) {
        List<AuditEntry> all =
                audit.entries(null, null, 0, Integer.MAX_VALUE).collectList().block(TIMEOUT);
        List<String> updates = new ArrayList<>();
        String previous = AuditHashing.GENESIS;
        for (AuditEntry entry : all) {
            if (entry.id() >= fromId) {
                AuditEntry relinked = new AuditEntry(
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
                        entry.signature());
                String hash = AuditHashing.hash(relinked);
                updates.add("update audit_entry set previous_hash = '" + previous + "', hash = '" + hash
                        + "' where id = " + entry.id());
                previous = hash;
            } else {
                previous = entry.hash();
            }
        }
        run(updates.toArray(String[]::new));
    }
}
