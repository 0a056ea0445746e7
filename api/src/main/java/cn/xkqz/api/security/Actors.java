package cn.xkqz.api.security;

import cn.xkqz.catalog.audit.Actor;
import java.security.Principal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The acting user of a request, from its token's claims ({@code sub}, {@code role}, {@code orgId}). */
final class Actors {

    static final String ROLE_CLAIM = "role";
    static final String ORG_CLAIM = "orgId";

    private Actors() {}

    static Actor of(@Nullable Principal principal) {
        if (principal instanceof JwtAuthenticationToken token) {
            Jwt jwt = token.getToken();
            String org = jwt.getClaimAsString(ORG_CLAIM);
            return new Actor(
                    jwt.getSubject(), jwt.getClaimAsString(ROLE_CLAIM), org == null ? null : UUID.fromString(org));
        }
        return Actor.ANONYMOUS;
    }
}
