package vn.haugiang.newsroom.cms.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/**
 * Tokens shaped like an OIDC provider's (no {@code uid} claim), signed here with the local key so
 * the local decoder accepts them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class ExternalUserTests {

    @LocalServerPort
    int port;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void providerUserIsRecordedOnFirstUseAndNamedInTheAuditLog() throws Exception {
        String subject = "sso-" + UUID.randomUUID();
        String token = token(Map.of("sub", subject, "preferred_username", subject, "name", "Nguyễn Văn An",
                "role", "EDITOR", "unit", "bao-hau-giang"));

        var created = post(token, "{\"type\":\"article\",\"headline\":\"Tin từ tài khoản SSO\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        UUID expectedId = UUID.nameUUIDFromBytes(("newsroom-sso|" + subject).getBytes(StandardCharsets.UTF_8));
        assertThat(jdbc.sql("SELECT display_name FROM app_user WHERE id = ?").param(expectedId).query(String.class).single())
                .isEqualTo("Nguyễn Văn An");
        assertThat(jdbc.sql("SELECT count(*) FROM item WHERE created_by = ?").param(expectedId).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void tokenWithoutRoleOrUnitIsForbidden() throws Exception {
        String token = token(Map.of("sub", "sso-no-claims"));

        var refused = post(token, "{\"type\":\"article\",\"headline\":\"Không có vai trò\"}");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private String token(Map<String, Object> claims) {
        var set = JwtClaimsSet.builder().issuer("newsroom-sso").issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600));
        claims.forEach(set::claim);
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), set.build())).getTokenValue();
    }

    private HttpResponse<String> post(String token, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/items"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
