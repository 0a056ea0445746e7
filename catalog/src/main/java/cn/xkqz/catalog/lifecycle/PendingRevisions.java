package cn.xkqz.catalog.lifecycle;

import cn.xkqz.catalog.error.ConflictException;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * What pending revisions of solutions and providers share: one per record, replaced by a newer edit
 * under a new id, so an approval can name the revision it reviewed.
 */
public final class PendingRevisions {

    private PendingRevisions() {}

    /**
     * The pending revision, if it is the one the reviewer read ({@code revisionId}; null: whichever is
     * pending); a newer edit since → 409.
     */
    public static <R> Mono<R> asReviewed(Mono<R> pending, Function<R, UUID> idOf, @Nullable UUID revisionId) {
        return pending.flatMap(
                revision -> revisionId == null || idOf.apply(revision).equals(revisionId)
                        ? Mono.just(revision)
                        : Mono.error(new ConflictException("待审核的修订已被新的修改替换（你审核的是 " + revisionId + "，当前是 "
                                + idOf.apply(revision) + "）：请重新查看修订后再决定")));
    }
}
