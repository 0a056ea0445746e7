package cn.xkqz.catalog.enterprise;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

/** New content for an enterprise, with the {@code version} it was read at (a stale one is refused). */
public record EnterpriseUpdate(
        @Nullable Long version, @JsonUnwrapped EnterpriseDraft enterprise) {

    /** The version, once {@code Violations.ofUpdate} has refused an update without one. */
    long checkedVersion() {
        if (version == null) {
            throw new IllegalStateException("version is checked before the update is applied");
        }
        return version;
    }
}
