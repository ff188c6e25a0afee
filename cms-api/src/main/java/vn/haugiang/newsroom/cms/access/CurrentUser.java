package vn.haugiang.newsroom.cms.access;

import java.util.Objects;
import java.util.UUID;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The authenticated user of a request, read from the bearer token's claims: {@code uid} (UUID),
 * {@code preferred_username}, {@code role} (a {@link Role} name) and {@code unit} (a unit id).
 * Production OIDC providers must issue the same claims.
 */
public record CurrentUser(UUID id, String username, Role role, String unitId) {

    public CurrentUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(unitId, "unitId");
    }

    static final String UID = "uid";
    static final String ROLE = "role";
    static final String UNIT = "unit";

    /** The user of the current request. */
    public static CurrentUser get() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return fromJwt(token.getToken());
        }
        throw new IllegalStateException("no authenticated user in this request");
    }

    static CurrentUser fromJwt(Jwt jwt) {
        return new CurrentUser(UUID.fromString(jwt.getClaimAsString(UID)), jwt.getClaimAsString("preferred_username"),
                Role.valueOf(jwt.getClaimAsString(ROLE)), jwt.getClaimAsString(UNIT));
    }

    /** May this user read items of {@code unit} in any state? */
    public boolean belongsTo(String unit) {
        return role == Role.SYSTEM_ADMIN || unitId.equals(unit);
    }

    /** The analyst reads across units, but only published output. */
    public boolean readsPublishedOutputOfEveryUnit() {
        return role == Role.ANALYST;
    }
}
