package cn.xkqz.catalog.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditSignerTest {

    // RFC 8032, section 7.1, TEST 1: the secret key and its public key.
    private static final String RFC_SECRET = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    private static final String RFC_PUBLIC = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    @Test
    void theConfiguredSeedGivesTheStandardKeyPair() {
        AuditSigner signer = signer(base64(RFC_SECRET), List.of());

        byte[] x509 = Base64.getDecoder().decode(signer.publicKey());
        byte[] raw = java.util.Arrays.copyOfRange(x509, x509.length - 32, x509.length);
        assertThat(HexFormat.of().formatHex(raw)).isEqualTo(RFC_PUBLIC);
        // RFC 8032 TEST 1 signs the empty message with this signature.
        assertThat(HexFormat.of().formatHex(Base64.getDecoder().decode(signer.sign(""))))
                .startsWith("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e3970");
    }

    @Test
    void aSignatureOnlyVerifiesForTheSameTextAndAKnownKey() {
        AuditSigner signer = signer(base64(RFC_SECRET), List.of());
        String signature = signer.sign("entry");

        assertThat(signer.verify("entry", signature)).isTrue();
        assertThat(signer.verify("entrY", signature)).isFalse();
        assertThat(signer.verify("entry", "not base64!")).isFalse();
        AuditSigner other = signer(Base64.getEncoder().encodeToString(new byte[32]), List.of());
        assertThat(other.verify("entry", signature)).isFalse();
        AuditSigner rotated = signer(Base64.getEncoder().encodeToString(new byte[32]), List.of(signer.publicKey()));
        assertThat(rotated.verify("entry", signature)).isTrue();
    }

    @Test
    void withoutAKeyTheAppDoesNotStart() {
        assertThatThrownBy(() -> signer(null, List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("xkqz.audit.signing-key");
        assertThatThrownBy(() -> signer("c2hvcnQ=", List.of())).hasMessageContaining("32 bytes");
    }

    private static AuditSigner signer(String key, List<String> retired) {
        return new AuditSigner(new AuditProperties(key, Duration.ZERO, retired));
    }

    private static String base64(String hex) {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex));
    }
}
