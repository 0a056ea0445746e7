package cn.xkqz.catalog.audit;

import static cn.xkqz.catalog.Columns.required;

import cn.xkqz.catalog.Jsonb;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Appends audit entries inside the caller's transaction and verifies the trail. Appends are serialised
 * by a transaction-scoped advisory lock, so each entry links to the one committed before; each entry is
 * signed with the app's key ({@link AuditSigner}). The acting {@link Actor} comes from the Reactor
 * context.
 */
@Component
public class AuditTrail {

    /** Held by appends and by checkpoint writing, so a checkpoint sees a settled head. */
    static final long APPEND_LOCK = 0x5841_4244_4954L;

    private final DatabaseClient db;
    private final Clock clock;
    private final AuditEntries entries;
    private final ChainVerifier verifier;
    private final AuditSigner signer;

    AuditTrail(DatabaseClient db, Clock clock, AuditEntries entries, ChainVerifier verifier, AuditSigner signer) {
        this.db = db;
        this.clock = clock;
        this.entries = entries;
        this.verifier = verifier;
        this.signer = signer;
    }

    /** The actor of the current request, or SYSTEM outside one. */
    public static Mono<Actor> actor() {
        return Mono.deferContextual(
                ctx -> Mono.just(ctx.<Actor>getOrEmpty(Actor.class).orElse(Actor.SYSTEM)));
    }

    /**
     * Records that the current actor did {@code action} to an entity; {@code before} and {@code after}
     * are short summaries (null when there is no before or after). Only inside the caller's
     * transaction: the advisory lock that orders appends is released at its end, and an entry
     * committed apart from its change could record a change that rolled back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Mono<Void> append(
            String action,
            String entityType,
            Object entityId,
            @Nullable Map<String, ?> before,
            @Nullable Map<String, ?> after) {
        return actor().flatMap(actor -> db.sql("select pg_advisory_xact_lock(:lock)")
                .bind("lock", APPEND_LOCK)
                .then()
                .then(entries.head())
                .zipWith(db.sql("select nextval('audit_entry_id_seq') as id")
                        .map(row -> required(row, "id", Long.class))
                        .one())
                .flatMap(t -> insert(new AuditEntry(
                        t.getT2(),
                        // PostgreSQL keeps microseconds; the hash must cover what is stored.
                        clock.instant().truncatedTo(ChronoUnit.MICROS),
                        actor.subject(),
                        actor.role(),
                        actor.orgId(),
                        action,
                        entityType,
                        String.valueOf(entityId),
                        summary(before),
                        summary(after),
                        t.getT1().hash(),
                        "",
                        AuditHashing.CURRENT,
                        null))));
    }

    private Mono<Void> insert(AuditEntry unsigned) {
        String hash = AuditHashing.hash(unsigned);
        DatabaseClient.GenericExecuteSpec insert = db.sql("insert into audit_entry (" + AuditEntries.COLUMNS
                        + ") values (:id, :at, :subject, :role, :org, :action, :type, :entity, :before, :after,"
                        + " :previous, :hash, :version, :signature)")
                .bind("id", unsigned.id())
                .bind("at", unsigned.occurredAt())
                .bind("subject", unsigned.actorSubject())
                .bind("role", unsigned.actorRole())
                .bind("action", unsigned.action())
                .bind("type", unsigned.entityType())
                .bind("entity", unsigned.entityId())
                .bind("previous", unsigned.previousHash())
                .bind("hash", hash)
                .bind("version", (short) unsigned.hashVersion())
                .bind("signature", signer.sign(ChainWalker.entryPayload(hash)));
        insert = unsigned.actorOrg() == null
                ? insert.bindNull("org", UUID.class)
                : insert.bind("org", unsigned.actorOrg());
        insert = unsigned.before() == null
                ? insert.bindNull("before", String.class)
                : insert.bind("before", unsigned.before());
        insert = unsigned.after() == null
                ? insert.bindNull("after", String.class)
                : insert.bind("after", unsigned.after());
        return insert.then();
    }

    /** Entries about one entity (or all, when {@code entityType} is null), oldest first, a page at a time. */
    public Flux<AuditEntry> entries(@Nullable String entityType, @Nullable String entityId, long afterId, int limit) {
        return entries.page(entityType, entityId, afterId, limit);
    }

    /**
     * Re-computes every hash and signature in order, checks the signed checkpoints, and reports the first
     * entry (or checkpoint) that does not fit and why.
     */
    public Mono<ChainCheck> verify() {
        return verifier.verify();
    }

    private static @Nullable String summary(@Nullable Map<String, ?> values) {
        return values == null ? null : Jsonb.MAPPER.writeValueAsString(values);
    }
}
