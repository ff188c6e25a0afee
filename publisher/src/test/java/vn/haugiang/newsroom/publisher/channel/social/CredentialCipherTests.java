package vn.haugiang.newsroom.publisher.channel.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class CredentialCipherTests {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final CredentialCipher cipher = new CredentialCipher(Base64.getEncoder().encodeToString(KEY));
    private final byte[] secret = "{\"accessToken\":\"EAAB-bí-mật\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void storedFormIsVersionNonceAndStandardAesGcmOfThePlaintext() throws Exception {
        byte[] stored = cipher.encrypt("facebook-x", secret);

        assertThat(stored[0]).isEqualTo((byte) 1);
        assertThat(stored).hasSize(1 + 12 + secret.length + 16);
        // Decrypt with the JDK directly, independently of the class under test.
        Cipher jdk = Cipher.getInstance("AES/GCM/NoPadding");
        jdk.init(Cipher.DECRYPT_MODE, new SecretKeySpec(KEY, "AES"), new GCMParameterSpec(128, stored, 1, 12));
        jdk.updateAAD("facebook-x".getBytes(StandardCharsets.UTF_8));
        assertThat(jdk.doFinal(stored, 13, stored.length - 13)).isEqualTo(secret);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("EAAB");
    }

    @Test
    void everyWriteHasAFreshNonce() {
        byte[] first = cipher.encrypt("zalo-x", secret);
        byte[] second = cipher.encrypt("zalo-x", secret);

        assertThat(Arrays.copyOfRange(first, 1, 13)).isNotEqualTo(Arrays.copyOfRange(second, 1, 13));
        assertThat(cipher.decrypt("zalo-x", second)).isEqualTo(secret);
    }

    @Test
    void aBlobMovedToAnotherChannelOrAlteredDoesNotDecrypt() {
        byte[] stored = cipher.encrypt("zalo-x", secret);

        assertThatThrownBy(() -> cipher.decrypt("zalo-y", stored))
                .isInstanceOf(CredentialCipher.CredentialsUnreadableException.class)
                .hasMessageContaining("PUT /api/channels/zalo-y/credentials");
        stored[20] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt("zalo-x", stored))
                .isInstanceOf(CredentialCipher.CredentialsUnreadableException.class);
    }

    @Test
    void aKeyThatIsNotBase64Of32BytesIsRefused() {
        assertThatThrownBy(() -> new CredentialCipher(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new CredentialCipher("not base64!"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not base64");
    }
}
