package cn.xkqz.indexer.sync;

import java.time.Instant;

/**
 * Where the outbox worker of this instance stands.
 *
 * @param enabled whether this instance runs the worker ({@code xkqz.search.sync-enabled})
 * @param running whether its loop is alive
 * @param lastRun when its last pass over the outbox ended
 */
public record SyncState(boolean enabled, boolean running, Instant lastRun) {}
