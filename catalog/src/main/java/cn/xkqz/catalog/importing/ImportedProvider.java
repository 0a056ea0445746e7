package cn.xkqz.catalog.importing;

import cn.xkqz.catalog.provider.ProviderDraft;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A provider in an import file: the file's own {@code ref} for it, and its fields. */
public record ImportedProvider(String ref, @JsonUnwrapped ProviderDraft provider) {}
