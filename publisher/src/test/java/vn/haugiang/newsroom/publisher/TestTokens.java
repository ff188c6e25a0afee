package vn.haugiang.newsroom.publisher;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.nimbusds.jose.jwk.source.ImmutableSecret;

/**
 * Mints bearer tokens the way cms-api's {@code POST /api/auth/token} does (HS256, claims
 * {@code preferred_username}, {@code uid}, {@code role}, {@code unit}), signed with the publisher's
 * configured {@code newsroom.access.jwt-secret}.
 */
public final class TestTokens {

    private final NimbusJwtEncoder encoder;

    public TestTokens(Environment environment) {
        String secret = environment.getRequiredProperty("newsroom.access.jwt-secret");
        encoder = new NimbusJwtEncoder(new ImmutableSecret<>(
                new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256")));
    }

    /** A token for {@code username} with {@code role} (a cms-api Role name) in Báo Hậu Giang, valid for an hour. */
    public String token(String username, String role) {
        return token(username, role, "bao-hau-giang");
    }

    /** A token for {@code username} with {@code role} in {@code unit}, valid for an hour. */
    public String token(String username, String role, String unit) {
        Instant now = Instant.now();
        var claims = JwtClaimsSet.builder()
                .issuer("newsroom-local")
                .subject(username)
                .issuedAt(now)
                .expiresAt(now.plus(1, ChronoUnit.HOURS))
                .claim("preferred_username", username)
                .claim("uid", UUID.randomUUID().toString())
                .claim("role", role)
                .claim("unit", unit)
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }
}
