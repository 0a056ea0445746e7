package cn.xkqz.catalog.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The hash of an audit entry, public on purpose: anyone holding an export can recompute it (so can an
 * attacker; what they cannot forge is the signature, see {@link AuditSigner}).
 *
 * <p>Version 2 (every entry since V9) feeds SHA-256 a domain prefix and then each field as {@code +<utf-8
 * length>:<text>}, or {@code -} for NULL, so NULL and the text {@code null} differ and no field can
 * bleed into the next. Version 1 (entries written before V9) joined {@code String.valueOf} of the fields
 * with U+001F; it is kept only to verify those old rows.
 */
public final class AuditHashing {

    /** The previous hash of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    public static final int LEGACY = 1;
    public static final int CURRENT = 2;

    private static final byte[] V2_PREFIX = "xkqz-audit-v2".getBytes(StandardCharsets.UTF_8);

    private AuditHashing() {}

    /** The hash of {@code entry} under its own {@link AuditEntry#hashVersion()}. */
    public static String hash(AuditEntry entry) {
        return switch (entry.hashVersion()) {
            case LEGACY -> legacyHash(entry);
            case CURRENT -> currentHash(entry);
            default -> throw new IllegalArgumentException("unknown audit hash version " + entry.hashVersion());
        };
    }

    private static String currentHash(AuditEntry entry) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(V2_PREFIX);
        for (String field : fields(entry)) {
            if (field == null) {
                content.write('-');
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                content.writeBytes(("+" + bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                content.writeBytes(bytes);
            }
        }
        return sha256(content.toByteArray());
    }

    private static String legacyHash(AuditEntry entry) {
        String content = String.join(
                "\u001f", Arrays.stream(fields(entry)).map(String::valueOf).toList());
        return sha256(content.getBytes(StandardCharsets.UTF_8));
    }

    private static @Nullable String[] fields(AuditEntry entry) {
        return new @Nullable String[] {
            entry.previousHash(),
            String.valueOf(entry.id()),
            entry.occurredAt().toString(),
            entry.actorSubject(),
            entry.actorRole(),
            entry.actorOrg() == null ? null : entry.actorOrg().toString(),
            entry.action(),
            entry.entityType(),
            entry.entityId(),
            entry.before(),
            entry.after()
        };
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
