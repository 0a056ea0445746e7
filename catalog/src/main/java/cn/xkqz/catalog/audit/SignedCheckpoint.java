package cn.xkqz.catalog.audit;

/**
 * A checkpoint as exported for anchoring elsewhere (a ticket, an e-mail, another organisation's
 * system): with {@code payload}, {@code signature} and {@code publicKey} anyone can check it without
 * the app, e.g. {@code openssl pkeyutl -verify -pubin -inkey pub.pem -rawin -in payload.txt -sigfile
 * sig.bin}.
 *
 * @param algorithm always {@code Ed25519}
 * @param publicKey the signing key's public half, base64 X.509 (SubjectPublicKeyInfo)
 * @param payload the exact UTF-8 text that was signed ({@link AuditCheckpoint#payload()})
 */
public record SignedCheckpoint(AuditCheckpoint checkpoint, String algorithm, String publicKey, String payload) {}
