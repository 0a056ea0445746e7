package cn.xkqz.catalog.audit;

import io.r2dbc.spi.Readable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends audit entries inside the caller's transaction and checks the hash chain. Appends are
 * serialised by a transaction-scoped advisory lock, so each entry links to the one committed before.
 * The acting {@link Actor} comes from the Reactor context.
 */
@Component
public class AuditTrail {

    private static final long APPEND_LOCK = 0x5841_4244_4954L;
    private static final String GENESIS = "0".repeat(64);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, occurred_at, actor_subject, actor_role, actor_org, action, entity_type,"
            + " entity_id, before_summary, after_summary, previous_hash, hash";

    private final DatabaseClient db;
    private final Clock clock;

    AuditTrail(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The actor of the current request, or SYSTEM outside one. */
    public static Mono<Actor> actor() {
        return Mono.deferContextual(ctx -> Mono.just(ctx.getOrDefault(Actor.class, Actor.SYSTEM)));
    }

    /**
     * Records that the current actor did {@code action} to an entity; {@code before} and {@code after}
     * are short summaries (null when there is no before or after).
     */
    public Mono<Void> append(
            String action,
            String entityType,
            Object entityId,
            @Nullable Map<String, ?> before,
            @Nullable Map<String, ?> after) {
        return actor().flatMap(actor -> db.sql("select pg_advisory_xact_lock(:lock)")
                .bind("lock", APPEND_LOCK)
                .then()
                .then(db.sql("select hash from audit_entry order by id desc limit 1")
                        .map(row -> row.get("hash", String.class))
                        .one()
                        .defaultIfEmpty(GENESIS))
                .zipWith(db.sql("select nextval('audit_entry_id_seq') as id")
                        .map(row -> row.get("id", Long.class))
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
                        t.getT1(),
                        ""))));
    }

    private Mono<Void> insert(AuditEntry unsigned) {
        String hash = hash(unsigned);
        DatabaseClient.GenericExecuteSpec insert = db.sql("insert into audit_entry (" + COLUMNS + ") values (:id,"
                        + " :at, :subject, :role, :org, :action, :type, :entity, :before, :after, :previous, :hash)")
                .bind("id", unsigned.id())
                .bind("at", unsigned.occurredAt())
                .bind("subject", unsigned.actorSubject())
                .bind("role", unsigned.actorRole())
                .bind("action", unsigned.action())
                .bind("type", unsigned.entityType())
                .bind("entity", unsigned.entityId())
                .bind("previous", unsigned.previousHash())
                .bind("hash", hash);
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
        StringBuilder where = new StringBuilder("where id > :after");
        if (entityType != null) {
            where.append(" and entity_type = :type");
        }
        if (entityId != null) {
            where.append(" and entity_id = :entity");
        }
        DatabaseClient.GenericExecuteSpec query = db.sql(
                        "select " + COLUMNS + " from audit_entry " + where + " order by id limit :limit")
                .bind("after", afterId)
                .bind("limit", limit);
        if (entityType != null) {
            query = query.bind("type", entityType);
        }
        if (entityId != null) {
            query = query.bind("entity", entityId);
        }
        return query.map(AuditTrail::entry).all();
    }

    /** Re-computes every hash in order and reports the first entry that does not fit its chain. */
    public Mono<ChainCheck> verify() {
        AtomicReference<String> previous = new AtomicReference<>(GENESIS);
        return db.sql("select " + COLUMNS + " from audit_entry order by id")
                .map(AuditTrail::entry)
                .all()
                .filter(entry -> {
                    boolean broken = !entry.previousHash().equals(previous.get())
                            || !entry.hash().equals(hash(entry));
                    previous.set(entry.hash());
                    return broken;
                })
                .next()
                .map(broken -> ChainCheck.brokenAt(broken.id()))
                .switchIfEmpty(db.sql("select count(*) from audit_entry")
                        .map(row -> ChainCheck.intact(row.get(0, Long.class)))
                        .one());
    }

    static String hash(AuditEntry entry) {
        String content = String.join(
                "\u001f",
                entry.previousHash(),
                String.valueOf(entry.id()),
                entry.occurredAt().toString(),
                entry.actorSubject(),
                entry.actorRole(),
                String.valueOf(entry.actorOrg()),
                entry.action(),
                entry.entityType(),
                entry.entityId(),
                String.valueOf(entry.before()),
                String.valueOf(entry.after()));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static @Nullable String summary(@Nullable Map<String, ?> values) {
        return values == null ? null : JSON.writeValueAsString(values);
    }

    private static AuditEntry entry(Readable row) {
        return new AuditEntry(
                row.get("id", Long.class),
                row.get("occurred_at", Instant.class),
                row.get("actor_subject", String.class),
                row.get("actor_role", String.class),
                row.get("actor_org", UUID.class),
                row.get("action", String.class),
                row.get("entity_type", String.class),
                row.get("entity_id", String.class),
                row.get("before_summary", String.class),
                row.get("after_summary", String.class),
                row.get("previous_hash", String.class).strip(),
                row.get("hash", String.class).strip());
    }
}
