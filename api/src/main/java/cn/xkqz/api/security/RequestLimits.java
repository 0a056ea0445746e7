package cn.xkqz.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Request hardening ({@code xkqz.limits.*}).
 *
 * @param maxBody largest request body, except catalogue imports
 * @param maxImportBody largest import body, {@code /api/v1/admin/imports/**}: the catalogue (20,000 solutions
 *     fit in about 20 MB) and the enterprise roster (.xlsx, 50,000 rows in about 3 MB)
 * @param rateLimitEnabled whether search, suggest, similar and matching are rate limited per client
 * @param requestsPerMinute sustained rate allowed per client (token or, without one, address)
 * @param burst requests a client may make at once before the rate applies
 */
@ConfigurationProperties("xkqz.limits")
public record RequestLimits(
        @DefaultValue("1MB") DataSize maxBody,
        @DefaultValue("32MB") DataSize maxImportBody,
        @DefaultValue("true") boolean rateLimitEnabled,
        @DefaultValue("600") int requestsPerMinute,
        @DefaultValue("120") int burst) {}
