package cn.xkqz.catalog.audit;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Audit trail settings ({@code xkqz.audit.*}).
 *
 * @param signingKey the Ed25519 private key as base64 of its 32-byte seed ({@code openssl rand -base64
 *     32}); comes from configuration or {@code XKQZ_AUDIT_SIGNING_KEY}, never from the database. Without
 *     it the app does not start.
 * @param checkpointInterval how often a signed checkpoint of the chain head is written when the chain
 *     has grown; zero or negative switches the periodic checkpoint off (on-demand ones still work)
 * @param retiredPublicKeys public keys (base64 X.509) of earlier signing keys, so entries and
 *     checkpoints signed before a key rotation still verify
 */
@ConfigurationProperties("xkqz.audit")
public record AuditProperties(
        @Nullable String signingKey,
        @DefaultValue("1h") Duration checkpointInterval,
        @DefaultValue List<String> retiredPublicKeys) {}
