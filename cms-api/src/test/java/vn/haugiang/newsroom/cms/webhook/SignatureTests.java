package vn.haugiang.newsroom.cms.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The signature scheme is GitHub's X-Hub-Signature-256, so receivers can reuse their code. */
class SignatureTests {

    @Test
    void signatureMatchesGitHubsPublishedExample() {
        // From GitHub's "Validating webhook deliveries" documentation.
        String signature = Signature.of("It's a Secret to Everybody", "Hello, World!".getBytes(StandardCharsets.UTF_8));

        assertThat(signature).isEqualTo("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17");
    }

    @Test
    void secretsAreUtf8AndTheBodyIsSignedAsBytes() {
        byte[] body = "{\"tieuDe\":\"An toàn thông tin\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(Signature.of("khóa bí mật dài hơn 16", body))
                .isEqualTo(WebhookFixtures.hmacSha256("khóa bí mật dài hơn 16", body))
                .isNotEqualTo(Signature.of("khoa bi mat dai hon 16", body));
    }
}
