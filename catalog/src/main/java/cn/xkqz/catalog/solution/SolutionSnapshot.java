package cn.xkqz.catalog.solution;

import cn.xkqz.catalog.provider.ProviderStatus;

/** A solution together with what the search index needs to know of its provider. */
public record SolutionSnapshot(Solution solution, ProviderStatus providerStatus, long providerVersion) {

    /** Only what the public sees ({@link Visibility}) is found by search and matching. */
    public boolean searchable() {
        return Visibility.isPublic(solution.status(), providerStatus);
    }

    /**
     * A number that grows with every change of the solution or of its provider (both versions only
     * grow): the index keeps a document only if it is not older than the one it has.
     */
    public long indexVersion() {
        return solution.version() + providerVersion;
    }
}
