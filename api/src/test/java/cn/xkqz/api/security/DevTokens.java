package cn.xkqz.api.security;

import cn.xkqz.api.openapi.Anyone;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Local tokens for the dev profile ({@code xkqz.security.dev-tokens=true}): a key pair made at startup
 * signs tokens minted at {@code POST /api/v1/dev/tokens} and verifies them. Anywhere else the endpoint
 * does not exist (404) and tokens come from the configured issuer.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("xkqz.security.dev-tokens")
class DevTokens {

    static final String ISSUER = "xkqz-dev";
    private static final Duration LIFETIME = Duration.ofHours(12);

    private final RSAKey key = generate();

    @Bean
    ReactiveJwtDecoder devJwtDecoder(OAuth2TokenValidator<Jwt> roleClaimValidator) throws JOSEException {
        NimbusReactiveJwtDecoder decoder =
                NimbusReactiveJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(ISSUER), roleClaimValidator));
        return decoder;
    }

    @Bean
    JwtEncoder devJwtEncoder() {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot create the dev signing key", e);
        }
    }

    /** The body of a token request: a role and, for PROVIDER, ENTERPRISE and EXPERT, the organisation's (or expert's) id. */
    record TokenRequest(@Nullable String role, @Nullable String orgId) {}

    record Token(String token) {}

    @Tag(name = "DevTokens")
    @RestController
    @ConditionalOnBooleanProperty("xkqz.security.dev-tokens")
    static class Endpoint {

        private final JwtEncoder encoder;

        Endpoint(JwtEncoder encoder) {
            this.encoder = encoder;
        }

        @Operation(
                operationId = "createDevToken",
                summary = "签发开发令牌 Mint a dev token",
                description = "仅 dev 配置：为任一角色签发 12 小时的令牌；服务商、企业与专家带 `orgId`。其他配置下 404。"
                        + " Dev profile only: a 12-hour token for any role; 404 elsewhere.")
        @Anyone
        @PostMapping("/api/v1/dev/tokens")
        Mono<Token> mint(@RequestBody TokenRequest request) {
            return Mono.fromCallable(() -> new Token(encode(checked(request))));
        }

        private String encode(TokenRequest request) {
            Instant now = Instant.now();
            JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                    .issuer(ISSUER)
                    .subject("dev-" + request.role().toLowerCase()
                            + (request.orgId() == null ? "" : "-" + request.orgId()))
                    .issuedAt(now)
                    .expiresAt(now.plus(LIFETIME))
                    .claim(Actors.ROLE_CLAIM, request.role());
            if (request.orgId() != null) {
                claims.claim(Actors.ORG_CLAIM, request.orgId());
            }
            JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
            return encoder.encode(JwtEncoderParameters.from(header, claims.build()))
                    .getTokenValue();
        }

        private static TokenRequest checked(TokenRequest request) {
            boolean knownRole = request.role() != null
                    && List.of(Role.values()).stream().anyMatch(r -> r.name().equals(request.role()));
            if (!knownRole) {
                throw new InvalidInputException(
                        "无法签发令牌", List.of(new FieldError("role", "必须是 BUREAU、PROVIDER、ENTERPRISE 或 EXPERT")));
            }
            if (request.orgId() != null) {
                try {
                    UUID.fromString(request.orgId());
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("无法签发令牌", List.of(new FieldError("orgId", "必须是 UUID")));
                }
            }
            return request;
        }
    }
}
