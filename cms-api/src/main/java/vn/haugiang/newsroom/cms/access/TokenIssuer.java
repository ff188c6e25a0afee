package vn.haugiang.newsroom.cms.access;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/** Issues the local profile's HS256 bearer tokens (RFC 7519) with the claims {@link CurrentUser} reads. */
class TokenIssuer {

    static final String ISSUER = "newsroom-local";

    private final JwtEncoder encoder;
    private final AccessProperties properties;
    private final Clock clock;

    TokenIssuer(JwtEncoder encoder, AccessProperties properties, Clock clock) {
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    IssuedToken issue(UserAccount user) {
        Instant now = clock.instant();
        var claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(user.username())
                .issuedAt(now)
                .expiresAt(now.plus(properties.ttl()))
                .claim("preferred_username", user.username())
                .claim(CurrentUser.UID, user.id().toString())
                .claim(CurrentUser.ROLE, user.role().name())
                .claim(CurrentUser.UNIT, user.unitId())
                .build();
        var header = JwsHeader.with(MacAlgorithm.HS256).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new IssuedToken(token, "Bearer", properties.ttl().toSeconds());
    }

    /** The token response, shaped like OAuth 2.0's (RFC 6749 §5.1). */
    record IssuedToken(String access_token, String token_type, long expires_in) {
    }
}
