package cn.xkqz.catalog.outbox;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A record whose change something outside the database must follow: the search index (SOLUTION,
 * PROVIDER), or the alerts for saved needs (NEED, LISTING).
 */
public record ChangedRecord(Type type, UUID id) {

    public enum Type {
        /** The solution itself changed. */
        SOLUTION,
        /** A provider changed; its name and status are shown on all its solutions. */
        PROVIDER,
        /** An enterprise's latest diagnosis (its saved need) changed: {@code id} is the enterprise. */
        NEED,
        /** A solution was listed, or its listed content changed through review: needs it fits are told. */
        LISTING;

        /** The types the search index follows. */
        public static final Set<Type> SEARCH = EnumSet.of(SOLUTION, PROVIDER);

        /** The types the alerts for saved needs follow. */
        public static final Set<Type> ALERTS = EnumSet.of(NEED, LISTING);
    }

    public static ChangedRecord solution(UUID id) {
        return new ChangedRecord(Type.SOLUTION, id);
    }

    public static ChangedRecord provider(UUID id) {
        return new ChangedRecord(Type.PROVIDER, id);
    }

    public static ChangedRecord need(UUID enterpriseId) {
        return new ChangedRecord(Type.NEED, enterpriseId);
    }

    public static ChangedRecord listing(UUID solutionId) {
        return new ChangedRecord(Type.LISTING, solutionId);
    }
}
