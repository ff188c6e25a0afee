package vn.haugiang.newsroom.publisher.access;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who calls the publisher's API, read from the bearer token's claims ({@code sub}, {@code role},
 * {@code unit}: the claims cms-api's tokens carry).
 *
 * @param subject the token's subject (the user name), logged as the actor of a change
 * @param role    the role code, e.g. {@code UNIT_ADMIN}; null when the token has none
 * @param unit    the caller's unit id, e.g. {@code bao-hau-giang}; null when the token has none
 */
public record Caller(String subject, @Nullable String role, @Nullable String unit) {

    /** The caller of a request authenticated with this token. */
    public static Caller of(Jwt token) {
        return new Caller(token.getSubject(), token.getClaimAsString("role"), token.getClaimAsString("unit"));
    }

    /**
     * The unit whose channels (with their deliveries) and publish runs the caller sees and acts on, or null
     * for all: the system admin and the Department's analyst see every unit, as in cms-api. A token
     * without a unit gets {@code ""}, which matches no channel and no run.
     */
    public @Nullable String unitScope() {
        if ("SYSTEM_ADMIN".equals(role) || "ANALYST".equals(role)) {
            return null;
        }
        return unit == null ? "" : unit;
    }

    /** Whether the caller may act on a channel of {@code unitId}. */
    public boolean mayActOn(String unitId) {
        String scope = unitScope();
        return scope == null || scope.equals(unitId);
    }
}
