package vn.haugiang.newsroom.publisher.access;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bearer tokens ({@code newsroom.access.*}, the same names and local values as cms-api's, so a token
 * from cms-api's {@code POST /api/auth/token} works here).
 *
 * @param localTokens accept the local profile's HS256 tokens signed with {@code jwtSecret};
 *                    {@code false} in production, where tokens come from the OIDC provider of
 *                    {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} ({@code CMS_JWT_ISSUER_URI})
 * @param jwtSecret   HMAC key of local tokens, at least 32 bytes ({@code CMS_JWT_SECRET})
 */
@ConfigurationProperties("newsroom.access")
record AccessProperties(boolean localTokens, @Nullable String jwtSecret) {
}
