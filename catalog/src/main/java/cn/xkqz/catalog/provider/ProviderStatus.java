package cn.xkqz.catalog.provider;

/**
 * Where a provider stands with the bureau (自愿申报 → 资料初审 → 专家评审 → 社会公示 → 入库, then 动态管理).
 * Only ACTIVE providers' solutions are offered to enterprises; see {@link ProviderAction} for the moves.
 */
public enum ProviderStatus {
    /** Applied through the API; not yet vetted. */
    APPLIED,
    /** Passed the bureau's check of its papers (资料初审). */
    PRELIMINARY_PASSED,
    /** Passed the expert review (专家评审). */
    EXPERT_PASSED,
    /** Chosen, and on public notice (社会公示) until a set date. */
    PUBLICIZING,
    /** In the pool (the catalogue import loads providers in this state). */
    ACTIVE,
    /** Told to fix something by a deadline; its solutions are out of search and matching meanwhile. */
    WARNED,
    /** Set aside by the bureau: its solutions leave search and matching until it is active again. */
    SUSPENDED,
    /** Turned down at one of the review steps. */
    REJECTED,
    /** Has appealed its rejection or suspension; the bureau decides. */
    APPEALING,
    /** Out of the pool for good. */
    REMOVED;

    /**
     * Whether the public sees the provider and its LISTED solutions: ACTIVE only. Every read, search and
     * matching apply this one rule (see {@code cn.xkqz.catalog.solution.Visibility}).
     */
    public boolean isPublic() {
        return this == ACTIVE;
    }
}
