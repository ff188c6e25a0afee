package vn.haugiang.newsroom.cms.access;

import java.util.Objects;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
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
        String role = jwt.getClaimAsString(ROLE);
        String unit = jwt.getClaimAsString(UNIT);
        if (role == null || unit == null) {
            throw new AccessDeniedException("the token has no 'role' and 'unit' claims");
        }
        String username = jwt.getClaimAsString("preferred_username");
        Role parsed;
        try {
            parsed = Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw new AccessDeniedException("the token's role '" + role + "' is not one of " + java.util.Arrays.toString(Role.values()));
        }
        return new CurrentUser(idOf(jwt), username == null ? jwt.getSubject() : username, parsed, unit);
    }

    /**
     * Our tokens carry the user's id in {@code uid}; an OIDC provider's do not, so their user is
     * known by a name-based UUID (RFC 4122 v3) of issuer and subject, stable across logins.
     */
    static UUID idOf(Jwt jwt) {
        String uid = jwt.getClaimAsString(UID);
        if (uid != null) {
            return UUID.fromString(uid);
        }
        String issuer = jwt.getClaimAsString("iss") == null ? "" : jwt.getClaimAsString("iss");
        return UUID.nameUUIDFromBytes((issuer + "|" + jwt.getSubject()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static boolean hasRoleAndUnit(Jwt jwt) {
        String role = jwt.getClaimAsString(ROLE);
        return role != null && jwt.getClaimAsString(UNIT) != null
                && java.util.Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(role));
    }

    static boolean isExternal(Jwt jwt) {
        return jwt.getClaimAsString(UID) == null;
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
