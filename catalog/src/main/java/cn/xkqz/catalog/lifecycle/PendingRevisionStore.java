package cn.xkqz.catalog.lifecycle;

import static cn.xkqz.catalog.Columns.required;

import cn.xkqz.catalog.error.ConflictException;
import io.r2dbc.postgresql.codec.Json;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one pending revision of a record waiting for bureau review (solutions, providers): a table keyed
 * by the record's id, with the edit as JSON, the version it was made against, who and when. A newer edit
 * replaces the pending one under a new id, so an approval can name the revision it reviewed.
 *
 * @param <D> the edit (a draft of the record)
 * @param <R> the revision as the record's package shows it
 */
public final class PendingRevisionStore<D, R> {

    /** Builds the package's revision from a stored row. */
    public interface Revision<D, R> {
        R of(UUID id, UUID recordId, D draft, long baseVersion, String submittedBy, Instant submittedAt);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DatabaseClient db;
    private final String table;
    private final String key;
    private final Class<D> draftType;
    private final Revision<D, R> revision;
    private final Function<R, UUID> idOf;

    /** {@code table} and {@code key} (the record's id column) are names from code, never from input. */
    public PendingRevisionStore(
            DatabaseClient db,
            String table,
            String key,
            Class<D> draftType,
            Revision<D, R> revision,
            Function<R, UUID> idOf) {
        this.db = db;
        this.table = table;
        this.key = key;
        this.draftType = draftType;
        this.revision = revision;
        this.idOf = idOf;
    }

    /** Stores {@code draft} as the pending revision of {@code recordId}, replacing an earlier one. */
    public Mono<R> propose(UUID recordId, D draft, long baseVersion, String submittedBy, Instant submittedAt) {
        R proposed = revision.of(UUID.randomUUID(), recordId, draft, baseVersion, submittedBy, submittedAt);
        return db.sql("insert into " + table + " (" + key + """
                        , id, draft, base_version, submitted_by, submitted_at)
                        values (:record, :id, :draft, :base, :by, :at)
                        on conflict (""" + key + """
                        ) do update set id = excluded.id, draft = excluded.draft,
                            base_version = excluded.base_version, submitted_by = excluded.submitted_by,
                            submitted_at = excluded.submitted_at""")
                .bind("record", recordId)
                .bind("id", idOf.apply(proposed))
                .bind("draft", Json.of(JSON.writeValueAsBytes(draft)))
                .bind("base", baseVersion)
                .bind("by", submittedBy)
                .bind("at", submittedAt)
                .then()
                .thenReturn(proposed);
    }

    public Mono<R> pending(UUID recordId) {
        return db.sql("select * from " + table + " where " + key + " = :id")
                .bind("id", recordId)
                .map(row -> revision.of(
                        required(row, "id", UUID.class),
                        required(row, key, UUID.class),
                        JSON.readValue(required(row, "draft", Json.class).asArray(), draftType),
                        required(row, "base_version", Long.class),
                        required(row, "submitted_by", String.class),
                        required(row, "submitted_at", Instant.class)))
                .one();
    }

    /**
     * The pending revision, if it is the one the reviewer read ({@code revisionId}; null: whichever is
     * pending); a newer edit since → 409.
     */
    public Mono<R> pendingAsReviewed(UUID recordId, @Nullable UUID revisionId) {
        return pending(recordId)
                .flatMap(pending -> revisionId == null || idOf.apply(pending).equals(revisionId)
                        ? Mono.just(pending)
                        : Mono.error(new ConflictException("待审核的修订已被新的修改替换（你审核的是 " + revisionId + "，当前是 "
                                + idOf.apply(pending) + "）：请重新查看修订后再决定")));
    }

    public Mono<Void> discard(UUID recordId) {
        return db.sql("delete from " + table + " where " + key + " = :id")
                .bind("id", recordId)
                .then();
    }
}
