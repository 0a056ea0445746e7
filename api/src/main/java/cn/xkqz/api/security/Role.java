package cn.xkqz.api.security;

/**
 * Who a token belongs to. PROVIDER, ENTERPRISE and EXPERT tokens are bound to one organisation or person
 * ({@code orgId}).
 */
public enum Role {
    /** Bureau staff: everything. */
    BUREAU,
    /** A digital service provider: its own profile and solutions. */
    PROVIDER,
    /** An enterprise of the pilot: its own profile, diagnoses and matches. */
    ENTERPRISE,
    /** An expert of the pool (专家智库), {@code orgId} its expert id: its vetting and acceptance reviews. */
    EXPERT
}
