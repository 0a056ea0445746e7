package cn.xkqz.catalog.lifecycle;

/** One action of a lifecycle, implemented by each lifecycle's enum of actions. */
public interface LifecycleAction {

    String name();

    /** Whether the record's owner (the provider) may take it; otherwise bureau staff only. */
    boolean byOwner();

    /** Whether the request must say why. */
    boolean needsComment();

    /** Whether the action decides a pending revision, whose {@code revisionId} the request must carry. */
    default boolean decidesRevision() {
        return false;
    }

    /** Whether the request must carry the {@code revisionId} the reviewer read. */
    default boolean needsRevisionId() {
        return false;
    }

    /** What the request's date means for this action (公示截止日期), or empty when it takes none. */
    default String dateMeaning() {
        return "";
    }
}
