package cn.xkqz.catalog.outbox;

import static cn.xkqz.catalog.Columns.required;

import io.r2dbc.spi.Readable;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The outbox table. Writers {@link #record} changes inside their transaction; the indexer
 * {@link #claim}s due events (several instances can: claims skip rows another one holds), then
 * {@link #complete}s, {@link #retryLater}s or {@link #park}s each.
 */
@Component
public class Outbox {

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private static final String COLUMNS =
            "id, aggregate_type, aggregate_id, created_at, attempts, last_error, parked_at";

    private final DatabaseClient db;

    Outbox(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Adds an event for {@code record} in the caller's transaction. Outside one it fails: an event
     * committed apart from its change could be read before the change is.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Mono<Void> record(ChangedRecord record) {
        return db.sql("insert into outbox_event (aggregate_type, aggregate_id) values (:type, :id)")
                .bind("type", record.type().name())
                .bind("id", record.id())
                .then();
    }

    /**
     * Claims up to {@code limit} due events for {@code lease}: they are not due again until the lease
     * ends, so an instance that dies mid-batch leaves them to be claimed again.
     */
    public Flux<OutboxEvent> claim(Set<ChangedRecord.Type> types, int limit, Duration lease) {
        return claimStatement("and aggregate_type = any(:types) ", limit, lease)
                .bind("types", types.stream().map(Enum::name).toArray(String[]::new))
                .map(Outbox::event)
                .all()
                .sort(Outbox::byId);
    }

    /** {@link #claim}, among the events of {@code aggregateIds} only: tests claim their own events. */
    Flux<OutboxEvent> claimAmong(Collection<UUID> aggregateIds, int limit, Duration lease) {
        return claimStatement("and aggregate_id = any(:aggregates) ", limit, lease)
                .bind("aggregates", aggregateIds.toArray(UUID[]::new))
                .map(Outbox::event)
                .all()
                .sort(Outbox::byId);
    }

    private DatabaseClient.GenericExecuteSpec claimStatement(String filter, int limit, Duration lease) {
        return db.sql("""
                        update outbox_event set attempts = attempts + 1, process_after = now() + make_interval(secs => :lease)
                        where id in (select id from outbox_event
                                     where parked_at is null and process_after <= now()\s""" + filter + """
                                     order by id limit :limit for update skip locked)
                        returning\s""" + COLUMNS)
                .bind("lease", lease.toMillis() / 1000.0)
                .bind("limit", limit);
    }

    private static int byId(OutboxEvent a, OutboxEvent b) {
        return Long.compare(a.id(), b.id());
    }

    public Mono<Void> complete(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("delete from outbox_event where id = any(:ids)")
                .bind("ids", ids.toArray(Long[]::new))
                .then();
    }

    /** How long a refused event waits before its next try: doubling from 2 s, at most 5 minutes. */
    public static Duration backoff(int attempts) {
        Duration delay = Duration.ofSeconds(1L << Math.min(attempts, 16));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }

    /** Makes {@code ids} due again after {@code delay}; {@code countAttempt} false forgives this claim. */
    public Mono<Void> retryLater(Collection<Long> ids, Duration delay, String error, boolean countAttempt) {
        if (ids.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("""
                        update outbox_event set process_after = now() + make_interval(secs => :delay), last_error = :error,
                               attempts = attempts - :forgiven
                        where id = any(:ids)""")
                .bind("delay", delay.toMillis() / 1000.0)
                .bind("error", truncate(error))
                .bind("forgiven", countAttempt ? 0 : 1)
                .bind("ids", ids.toArray(Long[]::new))
                .then();
    }

    /** Sets {@code id} aside: it is not claimed again until an admin {@link #unpark}s it. */
    public Mono<Void> park(long id, String error) {
        return db.sql("update outbox_event set parked_at = now(), last_error = :error where id = :id")
                .bind("error", truncate(error))
                .bind("id", id)
                .then();
    }

    public Flux<OutboxEvent> parked(int limit) {
        return db.sql("select " + COLUMNS + " from outbox_event where parked_at is not null order by id limit :limit")
                .bind("limit", limit)
                .map(Outbox::event)
                .all();
    }

    /** Makes all parked events due now, with fresh attempt counts. */
    public Mono<Long> unpark() {
        return db.sql("""
                        update outbox_event set parked_at = null, attempts = 0, process_after = now()
                        where parked_at is not null""").fetch().rowsUpdated();
    }

    /**
     * How far the search sync is behind (its events waiting, the oldest of them), and how many events of
     * any kind are parked (all are listed and retried by the same admin endpoints).
     */
    public Mono<OutboxStats> stats() {
        return db.sql("""
                        select count(*) filter (where parked_at is null and aggregate_type = any(:search)) as pending,
                               min(created_at) filter (where parked_at is null and aggregate_type = any(:search))
                                   as oldest,
                               count(*) filter (where parked_at is not null) as parked
                        from outbox_event""")
                .bind(
                        "search",
                        ChangedRecord.Type.SEARCH.stream().map(Enum::name).toArray(String[]::new))
                .map(row -> new OutboxStats(
                        required(row, "pending", Long.class),
                        row.get("oldest", Instant.class),
                        required(row, "parked", Long.class)))
                .one();
    }

    private static OutboxEvent event(Readable row) {
        return new OutboxEvent(
                required(row, "id", Long.class),
                new ChangedRecord(
                        ChangedRecord.Type.valueOf(required(row, "aggregate_type", String.class)),
                        required(row, "aggregate_id", UUID.class)),
                required(row, "created_at", Instant.class),
                required(row, "attempts", Integer.class),
                row.get("last_error", String.class),
                row.get("parked_at", Instant.class));
    }

    private static String truncate(String error) {
        return error.length() <= 2000 ? error : error.substring(0, 2000);
    }
}
