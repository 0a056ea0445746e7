package cn.xkqz.catalog.solution;

import cn.xkqz.catalog.provider.ProviderStatus;
import org.springframework.data.relational.core.mapping.Embedded;

/** A solution row with what the search index needs of its provider, as {@link SnapshotRepository} reads it. */
record SnapshotRow(
        @Embedded.Empty SolutionRow solution,
        String providerName,
        ProviderStatus providerStatus,
        long providerVersion) {}
