package vn.haugiang.newsroom.cms.access;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bearer tokens of the local profile ({@code newsroom.access.*}).
 *
 * @param localTokens issue and accept our own HS256 tokens from the local user store; {@code false}
 *     in production, where an OIDC provider issues them ({@code CMS_JWT_ISSUER_URI})
 * @param jwtSecret HMAC key for local tokens, at least 32 bytes ({@code CMS_JWT_SECRET})
 * @param tokenTtl lifetime of an issued token; default 8 hours (a shift)
 * @param seedUsers users created at start-up when missing (local profile only), with BCrypt hashes
 */
@ConfigurationProperties("newsroom.access")
public record AccessProperties(
        boolean localTokens,
        @Nullable String jwtSecret,
        @Nullable Duration tokenTtl,
        @Nullable List<SeedUser> seedUsers) {

    public Duration ttl() {
        return tokenTtl == null ? Duration.ofHours(8) : tokenTtl;
    }

    public List<SeedUser> seeds() {
        return seedUsers == null ? List.of() : seedUsers;
    }

    /** A user for the local profile: {@code password} is hashed with BCrypt before it is stored. */
    public record SeedUser(String username, String displayName, String password, Role role, String unit) {
    }
}
