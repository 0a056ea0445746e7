package cn.xkqz.indexer.status;

import cn.xkqz.indexer.rebuild.RebuildJob;
import org.jspecify.annotations.Nullable;

/**
 * Whether the index follows the catalogue.
 *
 * @param index the index the alias points at (null: none yet, or Elasticsearch unreachable)
 * @param documents documents in that index (null when Elasticsearch is unreachable)
 * @param searchable LISTED solutions of ACTIVE providers in PostgreSQL
 * @param inSync documents equal searchable and nothing waits in the outbox
 */
public record SearchStatus(
        String alias,
        @Nullable String index,
        boolean elasticsearchAvailable,
        @Nullable Long documents,
        long searchable,
        boolean inSync,
        Outbox outbox,
        @Nullable RebuildJob lastRebuild) {

    /** @param oldestAgeSeconds age of the oldest waiting event, 0 when none waits */
    public record Outbox(long pending, double oldestAgeSeconds, long parked) {}
}
