package vn.haugiang.newsroom.indexer.access;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bearer tokens ({@code newsroom.access.*}), the same properties as cms-api's.
 *
 * @param localTokens accept cms-api's local HS256 tokens ({@code POST /api/auth/token} on
 *     cms-api); {@code false} in production, where an OIDC provider issues them and
 *     {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} ({@code CMS_JWT_ISSUER_URI})
 *     names it
 * @param jwtSecret HMAC key of local tokens, at least 32 bytes ({@code CMS_JWT_SECRET}); the same
 *     value as cms-api's
 */
@ConfigurationProperties("newsroom.access")
public record AccessProperties(boolean localTokens, @Nullable String jwtSecret) {
}
