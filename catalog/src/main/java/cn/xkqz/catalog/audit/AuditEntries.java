package cn.xkqz.catalog.audit;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads {@code audit_entry} rows. */
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
                        row.get("id", Long.class), row.get("hash", String.class).strip(), row.get("n", Long.class)))
                .one()
                .defaultIfEmpty(new Head(0, AuditHashing.GENESIS, 0));
    }

    static AuditEntry entry(Readable row) {
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
                row.get("hash", String.class).strip(),
                row.get("hash_version", Short.class),
                row.get("signature", String.class));
    }
}
