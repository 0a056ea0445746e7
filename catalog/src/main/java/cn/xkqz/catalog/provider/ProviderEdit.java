package cn.xkqz.catalog.provider;

import org.jspecify.annotations.Nullable;

/** What became of a profile edit: {@code applied} at once, or kept as the {@code pending} revision. */
public record ProviderEdit(
        @Nullable Provider applied, @Nullable ProviderRevision pending) {}
