package cn.xkqz.catalog.lifecycle;

/** One action of a lifecycle, implemented by each lifecycle's enum of actions. */
public interface LifecycleAction {

    String name();

    /** Whether the record's owner (the provider) may take it; otherwise bureau staff only. */
    boolean byOwner();

    /** Whether the request must say why. */
    boolean needsComment();

    /** What the request's date means for this action (公示截止日期), or empty when it takes none. */
    default String dateMeaning() {
        return "";
    }
}
