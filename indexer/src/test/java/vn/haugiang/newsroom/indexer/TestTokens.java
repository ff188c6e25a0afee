package vn.haugiang.newsroom.indexer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Bearer tokens signed like cms-api's local ones (HS256, the local profile's secret, claims
 * {@code role} and {@code unit}), so tests go through the indexer's real token check.
 */
public final class TestTokens {

    /** The local profile's default of {@code newsroom.access.jwt-secret} (cms-api's too). */
    public static final String LOCAL_SECRET = "local-only-secret-change-me-32-bytes-at-least";

    private TestTokens() {
    }

    /** {@code Bearer <token>} for a user of {@code role} in {@code unit}, valid for an hour. */
    public static String bearer(String role, String unit) {
        return "Bearer " + sign(role, unit, LOCAL_SECRET);
    }

    public static String sign(String role, String unit, String secret) {
        var claims = new JWTClaimsSet.Builder()
                .issuer("newsroom-local")
                .subject("test-" + role.toLowerCase())
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(3600)))
                .claim("role", role)
                .claim("unit", unit)
                .build();
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
