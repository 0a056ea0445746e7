package cn.xkqz.catalog.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Signs audit entries and checkpoints with the app's Ed25519 key from {@code xkqz.audit.signing-key}.
 * The database never sees the private key, so whoever owns the database can recompute hashes but not
 * signatures. The public key is exported with every checkpoint so others can check it.
 */
@Component
public class AuditSigner {

    public static final String ALGORITHM = "Ed25519";

    private final KeyPair keys;
    private final List<PublicKey> trusted = new ArrayList<>();

    AuditSigner(AuditProperties properties) {
        this.keys = keyPair(properties.signingKey());
        trusted.add(keys.getPublic());
        properties.retiredPublicKeys().stream().map(AuditSigner::publicKey).forEach(trusted::add);
    }

    /** Base64 of the X.509 (SubjectPublicKeyInfo) encoding, e.g. for {@code openssl pkey -pubin}. */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    /** A short id of the current key: the first 16 hex digits of the SHA-256 of its public key. */
    public String keyId() {
        return AuditHashing.sha256(keys.getPublic().getEncoded()).substring(0, 16);
    }

    String sign(String payload) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(keys.getPrivate());
            signer.update(payload.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the audit trail", e);
        }
    }

    /** Whether the current key or a retired one signed {@code payload}. */
    boolean verify(String payload, String signature) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return trusted.stream().anyMatch(key -> verify(key, payload, bytes));
    }

    private static boolean verify(PublicKey key, String payload, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(payload.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * The JDK has no public way to derive an Ed25519 public key from a seed, but its key pair generator
     * draws exactly the seed from the random source; feeding it the configured seed gives the pair. The
     * check below fails loudly should a JDK ever draw differently.
     */
    private static KeyPair keyPair(@Nullable String configured) {
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("xkqz.audit.signing-key (XKQZ_AUDIT_SIGNING_KEY) is not set: the audit"
                    + " trail cannot be signed. Set it to base64 of 32 random bytes (openssl rand -base64 32),"
                    + " kept outside the database; see docs/security.md");
        }
        byte[] seed;
        try {
            seed = Base64.getDecoder().decode(configured.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("xkqz.audit.signing-key is not base64", e);
        }
        if (seed.length != 32) {
            throw new IllegalStateException("xkqz.audit.signing-key must be 32 bytes (base64), not " + seed.length);
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new SeedRandom(seed));
            KeyPair pair = generator.generateKeyPair();
            byte[] derived = ((EdECPrivateKey) pair.getPrivate())
                    .getBytes()
                    .orElseThrow(() -> new IllegalStateException("Ed25519 key has no bytes"));
            if (!Arrays.equals(derived, seed)) {
                throw new IllegalStateException("this JDK cannot derive the Ed25519 key from xkqz.audit.signing-key");
            }
            return pair;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load xkqz.audit.signing-key", e);
        }
    }

    private static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("xkqz.audit.retired-public-keys holds a key that is not Ed25519", e);
        }
    }

    /** A "random" source that yields the configured seed, once. */
    private static final class SeedRandom extends SecureRandom {

        private final byte[] seed;

        SeedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("unexpected draw of " + bytes.length + " bytes");
            }
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
        }
    }
}
