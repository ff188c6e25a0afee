package vn.haugiang.newsroom.cms.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Newsroom-Signature} value: {@code sha256=} and the lower-case hex HMAC-SHA256 of
 * the body bytes, keyed with the secret's UTF-8 bytes (GitHub's {@code X-Hub-Signature-256}
 * scheme, so receivers can reuse their verification code).
 */
final class Signature {

    static final String HEADER = "X-Newsroom-Signature";

    private Signature() {
    }

    static String of(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            // Every Java runtime must provide HmacSHA256 (Mac's Javadoc), so this is a broken JDK.
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
