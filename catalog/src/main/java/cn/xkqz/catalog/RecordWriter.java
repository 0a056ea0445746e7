package cn.xkqz.catalog;

import cn.xkqz.catalog.error.ConflictException;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Writes catalogue records: inserts, and updates that only succeed against the version the caller
 * read. Database conflicts come back as {@link ConflictException}s that say what collided.
 */
@Component
public class RecordWriter {

    private final R2dbcEntityTemplate template;

    RecordWriter(R2dbcEntityTemplate template) {
        this.template = template;
    }

    /** Inserts {@code record}; a unique key it collides with is reported by {@code onDuplicateKey}. */
    public <T> Mono<T> insert(T record, Supplier<ConflictException> onDuplicateKey) {
        return template.insert(record).onErrorMap(DuplicateKeyException.class, e -> onDuplicateKey.get());
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
            Supplier<ConflictException> onDuplicateKey) {
        if (storedVersion != expectedVersion) {
            return Mono.error(ConflictException.staleVersion(what, id, expectedVersion));
        }
        return template.update(record)
                .onErrorMap(DuplicateKeyException.class, e -> onDuplicateKey.get())
                .onErrorMap(
                        OptimisticLockingFailureException.class,
                        e -> ConflictException.staleVersion(what, id, expectedVersion));
    }
}
