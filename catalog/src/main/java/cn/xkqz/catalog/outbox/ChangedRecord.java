package cn.xkqz.catalog.outbox;

import java.util.UUID;

/** A record whose change the search index must follow. */
public record ChangedRecord(Type type, UUID id) {

    public enum Type {
        /** The solution itself changed. */
        SOLUTION,
        /** A provider changed; its name and status are shown on all its solutions. */
        PROVIDER
    }

    public static ChangedRecord solution(UUID id) {
        return new ChangedRecord(Type.SOLUTION, id);
    }

    public static ChangedRecord provider(UUID id) {
        return new ChangedRecord(Type.PROVIDER, id);
    }
}
