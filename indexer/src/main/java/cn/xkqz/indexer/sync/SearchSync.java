package cn.xkqz.indexer.sync;

/** The outbox worker as health sees it. */
public interface SearchSync {

    SyncState state();
}
