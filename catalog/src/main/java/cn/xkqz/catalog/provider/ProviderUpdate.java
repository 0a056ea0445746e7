package cn.xkqz.catalog.provider;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

/** New content for a provider, with the {@code version} it was read at (a stale one is refused). */
public record ProviderUpdate(
        @Nullable Long version, @JsonUnwrapped ProviderDraft provider) {

    /** The version, once {@code Violations.ofUpdate} has refused an update without one. */
    long checkedVersion() {
        if (version == null) {
            throw new IllegalStateException("version is checked before the update is applied");
        }
        return version;
    }
}
