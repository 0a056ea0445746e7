package cn.xkqz.catalog.audit;

import static cn.xkqz.catalog.Columns.required;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads and appends {@code audit_checkpoint} rows, and remembers the highest sequence this process has
 * written or verified: a table that later holds fewer checkpoints lost some.
 */
@Component
class CheckpointStore {

    private static final String COLUMNS =
            "sequence, last_entry_id, entry_count, head_hash, created_at, previous_signature, key_id, signature";

    private final DatabaseClient db;
    private final AtomicLong highestSeen = new AtomicLong();

    CheckpointStore(DatabaseClient db) {
        this.db = db;
    }

    Flux<AuditCheckpoint> all() {
        return db.sql("select " + COLUMNS + " from audit_checkpoint order by sequence")
                .map(CheckpointStore::checkpoint)
                .all();
    }

    Mono<AuditCheckpoint> latest() {
        return db.sql("select " + COLUMNS + " from audit_checkpoint order by sequence desc limit 1")
                .map(CheckpointStore::checkpoint)
                .one();
    }

    Mono<AuditCheckpoint> insert(AuditCheckpoint checkpoint) {
        return db.sql("insert into audit_checkpoint (" + COLUMNS + ") values (:sequence, :last, :count, :head, :at,"
                        + " :previous, :key, :signature)")
                .bind("sequence", checkpoint.sequence())
                .bind("last", checkpoint.lastEntryId())
                .bind("count", checkpoint.entryCount())
                .bind("head", checkpoint.headHash())
                .bind("at", checkpoint.createdAt())
                .bind("previous", checkpoint.previousSignature())
                .bind("key", checkpoint.keyId())
                .bind("signature", checkpoint.signature())
                .then()
                .thenReturn(checkpoint);
    }

    long highestSeen() {
        return highestSeen.get();
    }

    void seen(long sequence) {
        highestSeen.accumulateAndGet(sequence, Math::max);
    }

    private static AuditCheckpoint checkpoint(Readable row) {
        return new AuditCheckpoint(
                required(row, "sequence", Long.class),
                required(row, "last_entry_id", Long.class),
                required(row, "entry_count", Long.class),
                required(row, "head_hash", String.class).strip(),
                required(row, "created_at", Instant.class),
                required(row, "previous_signature", String.class),
                required(row, "key_id", String.class),
                required(row, "signature", String.class));
    }
}
