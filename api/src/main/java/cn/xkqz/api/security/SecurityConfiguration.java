package cn.xkqz.api.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import cn.xkqz.api.problem.ProblemWriter;
import cn.xkqz.api.problem.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.reactive.CorsConfigurationSource;

/**
 * The route half of the authorization matrix (docs/security.md): which roles may call which endpoints.
 * What depends on a record's owner is checked by the services ({@code cn.xkqz.catalog.Permissions}). Tokens are JWT bearer tokens whose
 * {@code role} claim becomes the authority; anything not listed needs at least a valid token.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    private static final String BUREAU = Role.BUREAU.name();
    private static final String PROVIDER = Role.PROVIDER.name();
    private static final String ENTERPRISE = Role.ENTERPRISE.name();
    private static final String EXPERT = Role.EXPERT.name();

    @Bean
    SecurityWebFilterChain api(ServerHttpSecurity http, ProblemWriter problems, CorsConfigurationSource cors) {
        ServerAuthenticationEntryPoint unauthorized = new BearerChallenge(problems);
        ServerAccessDeniedHandler forbidden =
                (exchange, e) -> problems.write(exchange, Problems.forbidden("当前身份无权执行此操作"));
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .cors(spec -> spec.configurationSource(cors))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(routes -> routes
                        // Lifecycle steps, history and pending revisions: providers (their own, checked by
                        // the services) and bureau staff.
                        .pathMatchers(
                                "/api/v1/providers/*/transitions",
                                "/api/v1/providers/*/revision",
                                "/api/v1/solutions/*/transitions",
                                "/api/v1/solutions/*/revision")
                        .hasAnyRole(PROVIDER, BUREAU)
                        // The pilot programme (docs/pilot.md); who within a role: the pilot's services.
                        .pathMatchers(POST, "/api/v1/experts/*/conflicts")
                        .hasAnyRole(EXPERT, BUREAU)
                        .matchers(reads("/api/v1/experts/*"))
                        .hasAnyRole(EXPERT, BUREAU)
                        .pathMatchers("/api/v1/experts", "/api/v1/pilot/**", "/api/v1/funds", "/api/v1/funds/**")
                        .hasRole(BUREAU)
                        .pathMatchers("/api/v1/subsidy-claims/loan-interest", "/api/v1/subsidy-claims/*/transitions")
                        .hasRole(BUREAU)
                        .matchers(reads("/api/v1/subsidy-claims", "/api/v1/subsidy-claims/*"))
                        .hasAnyRole(ENTERPRISE, PROVIDER, BUREAU)
                        .pathMatchers(POST, "/api/v1/providers/*/expert-reviews")
                        .hasRole(EXPERT)
                        .matchers(reads("/api/v1/providers/*/expert-reviews"))
                        .hasAnyRole(PROVIDER, BUREAU)
                        .matchers(reads("/api/v1/providers/*/performance"))
                        .permitAll()
                        .matchers(reads("/api/v1/demand"))
                        .hasAnyRole(PROVIDER, BUREAU)
                        .pathMatchers(POST, "/api/v1/enterprises/*/diagnosis-assignments")
                        .hasRole(BUREAU)
                        .matchers(reads("/api/v1/enterprises/*/diagnosis", "/api/v1/enterprises/*/diagnoses"))
                        .hasAnyRole(ENTERPRISE, PROVIDER, BUREAU)
                        .pathMatchers(PUT, "/api/v1/enterprises/*/diagnosis")
                        .hasAnyRole(ENTERPRISE, PROVIDER, BUREAU)
                        .pathMatchers(POST, "/api/v1/projects")
                        .hasAnyRole(ENTERPRISE, BUREAU)
                        .matchers(reads(
                                "/api/v1/projects",
                                "/api/v1/projects/*",
                                "/api/v1/projects/*/transitions",
                                "/api/v1/projects/*/acceptance"))
                        .hasAnyRole(ENTERPRISE, PROVIDER, EXPERT, BUREAU)
                        .pathMatchers(POST, "/api/v1/projects/*/transitions")
                        .hasAnyRole(ENTERPRISE, PROVIDER, BUREAU)
                        .pathMatchers(PUT, "/api/v1/projects/*/acceptance/panel")
                        .hasRole(BUREAU)
                        .pathMatchers(POST, "/api/v1/projects/*/acceptance/reviews")
                        .hasRole(EXPERT)
                        .pathMatchers(POST, "/api/v1/projects/*/acceptance/decision")
                        .hasRole(BUREAU)
                        .pathMatchers(POST, "/api/v1/projects/*/rating")
                        .hasRole(ENTERPRISE)
                        // Spreading transformation (docs/pilot.md): showcases, chain cases and events are
                        // public to read; bureau staff write them; enterprises and providers register themselves.
                        .matchers(reads(
                                "/api/v1/showcases",
                                "/api/v1/showcases/*",
                                "/api/v1/providers/*/showcases",
                                "/api/v1/chain-cases",
                                "/api/v1/chain-cases/*",
                                "/api/v1/events",
                                "/api/v1/events/*"))
                        .permitAll()
                        .pathMatchers(POST, "/api/v1/showcases", "/api/v1/chain-cases", "/api/v1/events")
                        .hasRole(BUREAU)
                        .pathMatchers(POST, "/api/v1/events/*/registrations")
                        .hasAnyRole(ENTERPRISE, PROVIDER)
                        .pathMatchers(
                                "/api/v1/events/*/registrations",
                                "/api/v1/events/*/attendance",
                                "/api/v1/events/*/intentions")
                        .hasRole(BUREAU)
                        .pathMatchers(POST, "/api/v1/enterprises/*/recognitions")
                        .hasRole(BUREAU)
                        .matchers(reads("/api/v1/enterprises/*/recognitions"))
                        .hasAnyRole(ENTERPRISE, BUREAU)
                        // Anyone: the public pool, search, taxonomy, ad-hoc matching, docs, health.
                        .matchers(reads("/api/v1/taxonomy/**", "/api/v1/search/**"))
                        .permitAll()
                        .matchers(reads(
                                "/api/v1/solutions",
                                "/api/v1/solutions/**",
                                "/api/v1/providers",
                                "/api/v1/providers/*"))
                        .permitAll()
                        .pathMatchers(POST, "/api/v1/matches", "/api/v1/subsidies/estimate", "/api/v1/dev/tokens")
                        .permitAll()
                        // Published recommended lists (drafts: bureau only, checked by RecommendedLists).
                        .matchers(reads("/api/v1/recommended-lists", "/api/v1/recommended-lists/**"))
                        .permitAll()
                        .pathMatchers(
                                "/actuator/health",
                                "/actuator/health/**",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**",
                                "/webjars/**")
                        .permitAll()
                        // Bureau staff only.
                        .pathMatchers(
                                "/api/v1/admin/**",
                                "/actuator/**",
                                "/api/v1/recommended-lists",
                                "/api/v1/recommended-lists/**")
                        .hasRole(BUREAU)
                        // Providers: their own profile and solutions (ownership: the services).
                        .pathMatchers(POST, "/api/v1/providers", "/api/v1/solutions")
                        .hasAnyRole(PROVIDER, BUREAU)
                        .pathMatchers(PUT, "/api/v1/providers/*", "/api/v1/solutions/*")
                        .hasAnyRole(PROVIDER, BUREAU)
                        // Enterprises: their own profile, diagnoses and matches (ownership: the services).
                        .pathMatchers(POST, "/api/v1/enterprises")
                        .hasAnyRole(ENTERPRISE, BUREAU)
                        // The roster (docs/workflows.md): bureau staff export it and confirm enterprises into
                        // the pilot; an enterprise edits itself (ownership: the service).
                        .matchers(reads("/api/v1/enterprises/export.xlsx"))
                        .hasRole(BUREAU)
                        .pathMatchers(POST, "/api/v1/enterprises/*/confirmation")
                        .hasRole(BUREAU)
                        .pathMatchers(PUT, "/api/v1/enterprises/*")
                        .hasAnyRole(ENTERPRISE, BUREAU)
                        .matchers(reads("/api/v1/enterprises"))
                        .hasAnyRole(PROVIDER, BUREAU)
                        .matchers(reads("/api/v1/enterprises/*"))
                        .hasAnyRole(ENTERPRISE, PROVIDER, BUREAU)
                        .pathMatchers("/api/v1/enterprises/*/**")
                        .hasAnyRole(ENTERPRISE, BUREAU)
                        .anyExchange()
                        .authenticated())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(authentication()))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .headers(
                        headers -> headers.referrerPolicy(referrer -> referrer.policy(
                                        ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER))
                                .contentSecurityPolicy(
                                        csp -> csp.policyDirectives(
                                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")))
                .build();
    }

    /** GET and HEAD: a HEAD is a GET without the body, so whoever may GET a resource may HEAD it. */
    private static ServerWebExchangeMatcher reads(String... paths) {
        return ServerWebExchangeMatchers.matchers(
                ServerWebExchangeMatchers.pathMatchers(GET, paths),
                ServerWebExchangeMatchers.pathMatchers(HEAD, paths));
    }

    /** The {@code role} claim becomes the single authority {@code ROLE_<role>}. */
    private static ReactiveJwtAuthenticationConverterAdapter authentication() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(Actors.ROLE_CLAIM);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }
}
