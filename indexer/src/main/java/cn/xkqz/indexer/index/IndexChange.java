package cn.xkqz.indexer.index;

import cn.xkqz.catalog.solution.SolutionSnapshot;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the index must do for one solution: hold its current document, or not hold it at all. */
public sealed interface IndexChange {

    UUID id();

    /** The solution is searchable: index it at its version. */
    record Upsert(SolutionSnapshot snapshot) implements IndexChange {
        @Override
        public UUID id() {
            return snapshot.solution().id();
        }
    }

    /** The solution is not searchable (or gone): remove it, unless the index holds a newer version. */
    record Removal(UUID id, @Nullable Long version) implements IndexChange {}

    public static IndexChange of(UUID id, @Nullable SolutionSnapshot snapshot) {
        if (snapshot != null && snapshot.searchable()) {
            return new Upsert(snapshot);
        }
        return new Removal(id, snapshot == null ? null : snapshot.indexVersion());
    }
}
