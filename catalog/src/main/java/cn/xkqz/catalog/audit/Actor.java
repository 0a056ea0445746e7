package cn.xkqz.catalog.audit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who is acting: the token's subject, role and bound organisation. The web layer puts it into the
 * Reactor context of each request; work the app does by itself acts as {@link #SYSTEM}.
 */
public record Actor(String subject, String role, @Nullable UUID orgId) {

    public static final Actor SYSTEM = new Actor("system", "SYSTEM", null);
    public static final Actor ANONYMOUS = new Actor("anonymous", "ANONYMOUS", null);
}
