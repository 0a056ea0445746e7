package cn.xkqz.api.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Browser apps on other origins that may call the API ({@code xkqz.cors.*}).
 *
 * @param allowedOrigins origins or origin patterns, e.g. {@code https://app.xkqz.gov.cn} or
 *     {@code http://localhost:[*]}; none by default, so a deployment opens to browsers only where it says so
 */
@ConfigurationProperties("xkqz.cors")
public record CorsOrigins(@DefaultValue List<String> allowedOrigins) {}
