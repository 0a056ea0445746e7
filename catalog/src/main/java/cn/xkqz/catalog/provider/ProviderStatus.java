package cn.xkqz.catalog.provider;

/** Where a provider stands with the bureau. Only ACTIVE providers' solutions are offered to enterprises. */
public enum ProviderStatus {
    /** Applied through the API; not yet vetted. */
    APPLIED,
    /** Vetted and in the pool (the catalogue import loads providers in this state). */
    ACTIVE,
    /** Set aside by the bureau: its solutions leave search and matching until it is active again. */
    SUSPENDED
}
