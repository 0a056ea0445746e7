package cn.xkqz.catalog.audit;

import static cn.xkqz.catalog.Columns.required;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads {@code audit_entry} rows. By hand ({@link DatabaseClient}): pages filter on whichever of type and
 * entity are given (dynamic SQL), the full walk streams the whole trail, and the column list and row
 * mapping are shared with {@link AuditTrail}'s insert.
 */
@Component
class AuditEntries {

    static final String COLUMNS = "id, occurred_at, actor_subject, actor_role, actor_org, action, entity_type,"
            + " entity_id, before_summary, after_summary, previous_hash, hash, hash_version, signature";

    /** The chain's head: the newest entry's id and hash and the number of entries. */
    record Head(long lastEntryId, String hash, long count) {}

    private final DatabaseClient db;

    AuditEntries(DatabaseClient db) {
        this.db = db;
    }

    Flux<AuditEntry> page(@Nullable String entityType, @Nullable String entityId, long afterId, int limit) {
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
        return query.map(AuditEntries::entry).all();
    }

    /** Every entry, oldest first. */
    Flux<AuditEntry> all() {
        return db.sql("select " + COLUMNS + " from audit_entry order by id")
                .map(AuditEntries::entry)
                .all();
    }

    Mono<Head> head() {
        return db.sql("select id, hash, (select count(*) from audit_entry) as n from audit_entry order by id desc"
                        + " limit 1")
                .map(row -> new Head(
                        required(row, "id", Long.class),
                        required(row, "hash", String.class).strip(),
                        required(row, "n", Long.class)))
                .one()
                .defaultIfEmpty(new Head(0, AuditHashing.GENESIS, 0));
    }

    static AuditEntry entry(Readable row) {
        return new AuditEntry(
                required(row, "id", Long.class),
                required(row, "occurred_at", Instant.class),
                required(row, "actor_subject", String.class),
                required(row, "actor_role", String.class),
                row.get("actor_org", UUID.class),
                required(row, "action", String.class),
                required(row, "entity_type", String.class),
                required(row, "entity_id", String.class),
                row.get("before_summary", String.class),
                row.get("after_summary", String.class),
                required(row, "previous_hash", String.class).strip(),
                required(row, "hash", String.class).strip(),
                required(row, "hash_version", Short.class),
                row.get("signature", String.class));
    }
}
