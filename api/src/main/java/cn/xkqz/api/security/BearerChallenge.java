package cn.xkqz.api.security;

import cn.xkqz.api.problem.ProblemWriter;
import cn.xkqz.api.problem.Problems;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every 401: a problem saying what is wrong, and the RFC 6750 challenge {@code WWW-Authenticate: Bearer},
 * with {@code error="invalid_token"} (or {@code invalid_request}) when a token was sent and refused.
 */
final class BearerChallenge implements ServerAuthenticationEntryPoint {

    private final ProblemWriter problems;

    BearerChallenge(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException error) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge(error));
        return problems.write(exchange, problem(error));
    }

    /** Only the OAuth error code: the description stays in the (Chinese) problem, headers being ASCII. */
    private static String challenge(AuthenticationException error) {
        return error instanceof OAuth2AuthenticationException refused
                ? "Bearer error=\"" + refused.getError().getErrorCode() + "\""
                : "Bearer";
    }

    /** The problem, naming what is wrong with the token when it is one of our claim rules. */
    private static ProblemDetail problem(AuthenticationException error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JwtValidationException invalid) {
                List<String> reasons = invalid.getErrors().stream()
                        .filter(e -> TokenClaims.CLAIM_ERROR.equals(e.getErrorCode()))
                        .map(OAuth2Error::getDescription)
                        .toList();
                if (!reasons.isEmpty()) {
                    return Problems.unauthorized("访问令牌无效：" + String.join("；", reasons));
                }
            }
        }
        return Problems.unauthorized();
    }
}
