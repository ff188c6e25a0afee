package vn.haugiang.newsroom.cms.access;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Records users of an OIDC provider (production) in {@code app_user} the first time they act, so
 * revisions and the audit log can name them. Their role and unit follow the token's claims; they
 * have no local password.
 */
class ExternalUserProvisioning extends OncePerRequestFilter {

    /** Not a BCrypt hash: no password can ever match it. */
    static final String NO_PASSWORD = "!external";

    private final JdbcClient jdbc;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    ExternalUserProvisioning(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
                && CurrentUser.isExternal(token.getToken()) && CurrentUser.hasRoleAndUnit(token.getToken())) {
            CurrentUser user = CurrentUser.fromJwt(token.getToken());
            // Role and unit may change at the provider: upsert once per (user, role, unit) seen.
            String key = user.id() + "|" + user.role() + "|" + user.unitId();
            if (!seen.contains(key)) {
                upsert(user, token.getToken().getClaimAsString("name"));
                seen.add(key);
            }
        }
        chain.doFilter(request, response);
    }

    private void upsert(CurrentUser user, @org.jspecify.annotations.Nullable String name) {
        try {
            upsert(user, user.username(), name);
        } catch (DuplicateKeyException e) {
            // The provider's username is taken by another (e.g. a local) user: keep both apart.
            upsert(user, user.username() + "#" + user.id().toString().substring(0, 8), name);
        }
    }

    private void upsert(CurrentUser user, String username, @org.jspecify.annotations.Nullable String name) {
        jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, password_hash, role, unit_id)
                VALUES (:id, :username, :name, :hash, :role, :unit)
                ON CONFLICT (id) DO UPDATE SET role = EXCLUDED.role, unit_id = EXCLUDED.unit_id,
                                               display_name = EXCLUDED.display_name
                """)
                .param("id", user.id()).param("username", username)
                .param("name", name == null ? user.username() : name).param("hash", NO_PASSWORD)
                .param("role", user.role().name()).param("unit", user.unitId())
                .update();
    }
}
