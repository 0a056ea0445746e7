package cn.xkqz.catalog;

import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.outbox.ChangedRecord;
import cn.xkqz.catalog.outbox.Outbox;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Writes catalogue records: inserts, and updates that only succeed against the version the caller
 * read. A write of something the search index shows also records its outbox event, in the caller's
 * transaction. Database conflicts come back as {@link ConflictException}s that say what collided.
 */
@Component
public class RecordWriter {

    private final R2dbcEntityTemplate template;
    private final Outbox outbox;

    RecordWriter(R2dbcEntityTemplate template, Outbox outbox) {
        this.template = template;
        this.outbox = outbox;
    }

    /**
     * Inserts {@code record}; a unique key it collides with is reported by {@code onDuplicateKey}.
     *
     * @param change what the search index must follow, or null for records it does not show
     */
    public <T> Mono<T> insert(T record, @Nullable ChangedRecord change, Supplier<ConflictException> onDuplicateKey) {
        return template.insert(record)
                .onErrorMap(DuplicateKeyException.class, e -> onDuplicateKey.get())
                .flatMap(saved -> recordChange(change).thenReturn(saved));
    }

    /**
     * Updates {@code record} (carrying the stored version) if the caller read {@code expectedVersion}.
     *
     * @param what the kind of record, for messages ("方案")
     */
    public <T> Mono<T> update(
            T record,
            long storedVersion,
            long expectedVersion,
            String what,
            UUID id,
            @Nullable ChangedRecord change,
            Supplier<ConflictException> onDuplicateKey) {
        if (storedVersion != expectedVersion) {
            return Mono.error(ConflictException.staleVersion(what, id, expectedVersion));
        }
        return template.update(record)
                .onErrorMap(DuplicateKeyException.class, e -> onDuplicateKey.get())
                .onErrorMap(
                        OptimisticLockingFailureException.class,
                        e -> ConflictException.staleVersion(what, id, expectedVersion))
                .flatMap(saved -> recordChange(change).thenReturn(saved));
    }

    private Mono<Void> recordChange(@Nullable ChangedRecord change) {
        return change == null ? Mono.empty() : outbox.record(change);
    }
}
