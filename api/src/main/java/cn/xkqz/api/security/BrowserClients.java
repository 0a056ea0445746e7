package cn.xkqz.api.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * CORS for browser apps on the configured origins. Spring Security applies it before authentication,
 * so a preflight never needs a token; a request from any other origin is refused (403). Tokens travel
 * in {@code Authorization}, not cookies, so credentials stay off.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CorsOrigins.class)
class BrowserClients {

    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsOrigins origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(origins.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "DELETE"));
        cors.setAllowedHeaders(List.of(
                HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH));
        cors.setExposedHeaders(
                List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER, HttpHeaders.WWW_AUTHENTICATE));
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        // Every path, so a preflight from an unknown origin is refused here rather than asked for a token.
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
