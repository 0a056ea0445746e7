package cn.xkqz.catalog.solution;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

/** New content for a solution, with the {@code version} it was read at (a stale one is refused). */
public record SolutionUpdate(
        @Nullable Long version, @JsonUnwrapped SolutionDraft solution) {

    /** The version, once {@code Violations.ofUpdate} has refused an update without one. */
    long checkedVersion() {
        if (version == null) {
            throw new IllegalStateException("version is checked before the update is applied");
        }
        return version;
    }
}
