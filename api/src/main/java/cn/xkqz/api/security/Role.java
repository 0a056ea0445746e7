package cn.xkqz.api.security;

/** Who a token belongs to. PROVIDER and ENTERPRISE tokens are bound to one organisation ({@code orgId}). */
public enum Role {
    /** Bureau staff: everything. */
    BUREAU,
    /** A digital service provider: its own profile and solutions. */
    PROVIDER,
    /** An enterprise of the pilot: its own profile, diagnoses and matches. */
    ENTERPRISE
}
