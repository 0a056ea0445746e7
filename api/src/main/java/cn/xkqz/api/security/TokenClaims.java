package cn.xkqz.api.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/** The claims a token must carry beyond what Spring checks (its signature, issuer and dates). */
@Configuration(proxyBeanMethods = false)
class TokenClaims {

    static final String CLAIM_ERROR = "invalid_token_claim";

    /**
     * A token must say who acts ({@code sub}), when it ends ({@code exp}), one known role, and its
     * organisation, when given, as an id. Spring's own checks accept a token without {@code exp} (it
     * would never expire) and without {@code sub} (writes would then fail for want of an actor).
     */
    @Bean
    OAuth2TokenValidator<Jwt> roleClaimValidator() {
        return jwt -> {
            List<OAuth2Error> errors = new ArrayList<>();
            if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
                errors.add(claimError("令牌缺少 sub 声明（用户标识）"));
            }
            if (jwt.getExpiresAt() == null) {
                errors.add(claimError("令牌缺少 exp 声明（过期时间）"));
            }
            String role = jwt.getClaimAsString(Actors.ROLE_CLAIM);
            if (role == null
                    || Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(role))) {
                errors.add(claimError("令牌的 role 声明必须是 BUREAU、PROVIDER、ENTERPRISE 或 EXPERT"));
            }
            String org = jwt.getClaimAsString(Actors.ORG_CLAIM);
            if (org != null && !isUuid(org)) {
                errors.add(claimError("令牌的 orgId 声明必须是 UUID"));
            }
            return errors.isEmpty() ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(errors);
        };
    }

    private static OAuth2Error claimError(String description) {
        return new OAuth2Error(CLAIM_ERROR, description, null);
    }

    private static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
