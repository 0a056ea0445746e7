package cn.xkqz.catalog.provider;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

/** New content for a provider, with the {@code version} it was read at (a stale one is refused). */
public record ProviderUpdate(
        @Nullable Long version, @JsonUnwrapped ProviderDraft provider) {}
