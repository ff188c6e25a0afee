package vn.haugiang.newsroom.publisher.channel.social;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM (JDK) for the channels' stored credentials.
 *
 * <p>Stored form: {@code 0x01} (format version), a random 96-bit nonce (new for every write, as NIST SP 800-38D
 * §8.2.2 requires for random nonces), then the ciphertext with its 128-bit tag. The channel id is the additional
 * authenticated data, so a credentials blob copied onto another channel's row does not decrypt.
 */
final class CredentialCipher {

    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param base64Key base64 of exactly 32 bytes
     * @throws IllegalArgumentException when the key is missing, not base64 or not 32 bytes
     */
    CredentialCipher(String base64Key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("newsroom.social.credentials-key (CMS_CREDENTIALS_KEY) is not base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("newsroom.social.credentials-key (CMS_CREDENTIALS_KEY) must be base64 of "
                    + "32 bytes (AES-256), got " + bytes.length + " bytes; make one with: openssl rand -base64 32");
        }
        this.key = new SecretKeySpec(bytes, "AES");
        Arrays.fill(bytes, (byte) 0);
    }

    byte[] encrypt(String channelId, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(channelId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    /**
     * @throws CredentialsUnreadableException when the blob was not written with this key for this channel, or was
     *                                        altered
     */
    byte[] decrypt(String channelId, byte[] stored) {
        if (stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 || stored[0] != FORMAT) {
            throw new CredentialsUnreadableException(channelId, "unknown format");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            cipher.updateAAD(channelId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new CredentialsUnreadableException(channelId, "wrong key or altered data");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    /** Stored credentials that this key cannot open: the channel must be given its credentials again. */
    static final class CredentialsUnreadableException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        CredentialsUnreadableException(String channelId, String why) {
            super("stored credentials of channel " + channelId + " cannot be decrypted (" + why
                    + "); store them again with PUT /api/channels/" + channelId + "/credentials");
        }
    }
}
