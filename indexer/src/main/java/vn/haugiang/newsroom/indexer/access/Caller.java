package vn.haugiang.newsroom.indexer.access;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is asking, from the bearer token's claims {@code role} (cms-api's roles: REPORTER, EDITOR,
 * EDITOR_IN_CHIEF, PRODUCER, UNIT_ADMIN, ANALYST, SYSTEM_ADMIN) and {@code unit} (a unit id).
 */
public record Caller(String role, @Nullable String unit) {

    static final String ROLE = "role";
    static final String UNIT = "unit";

    /** Roles that read every unit's published output and count it: the Department's analyst and the admin. */
    private static final Set<String> ALL_UNITS = Set.of("ANALYST", "SYSTEM_ADMIN");

    public static Caller of(Jwt jwt) {
        String role = jwt.getClaimAsString(ROLE);
        return new Caller(role == null ? "" : role, jwt.getClaimAsString(UNIT));
    }

    /** True for ANALYST and SYSTEM_ADMIN; everyone else acts within {@link #unit()}. */
    public boolean seesAllUnits() {
        return ALL_UNITS.contains(role);
    }

    /**
     * The unit a unit role is limited to.
     *
     * @throws AccessDeniedException when the token names no unit
     */
    public String ownUnit() {
        if (unit == null || unit.isBlank()) {
            throw new AccessDeniedException("the token names no unit");
        }
        return unit;
    }

    /**
     * The unit filter a unit role may use: its own unit, whether {@code requested} is empty or names it.
     *
     * @throws AccessDeniedException when {@code requested} names another unit
     */
    public List<String> onlyOwnUnit(List<String> requested) {
        String own = ownUnit();
        if (requested.stream().anyMatch(unit -> !unit.equals(own))) {
            throw new AccessDeniedException("a " + role + " of " + own + " sees only that unit");
        }
        return List.of(own);
    }
}
