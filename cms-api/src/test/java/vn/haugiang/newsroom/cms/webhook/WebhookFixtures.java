package vn.haugiang.newsroom.cms.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;
import vn.haugiang.newsroom.cms.ApiClient;

/** Items moved through the workflow over HTTP, webhook subscriptions, and the receiver's side of the signature. */
final class WebhookFixtures {

    /**
     * Fast retries for the tests: rounds every 100 ms, 200 ms doubling up to 1 s, 4 attempts.
     * One text block so every webhook test class shares one application context.
     */
    static final String FAST_DISPATCH = """
            newsroom.webhooks.poll-interval=100ms
            newsroom.webhooks.initial-backoff=200ms
            newsroom.webhooks.max-backoff=1s
            newsroom.webhooks.max-attempts=4
            """;

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private WebhookFixtures() {
    }

    /** An item that is approved and ready to publish, with the ETag to publish it with. */
    record Approved(String id, String etag) {

        String path() {
            return "/api/items/" + id;
        }
    }

    static Approved approvedArticle(ApiClient editor, String headline) {
        var draft = new HashMap<String, Object>();
        draft.put("type", "article");
        draft.put("headline", headline);
        draft.put("body", "<p>" + headline + "</p>");
        draft.put("planTasks", List.of("NV1.đ"));
        var created = editor.post("/api/items", draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String path = "/api/items/" + created.json().path("item").path("id").asString();
        var submitted = editor.post(path + "/workflow", Map.of("action", "submit"), created.etag());
        var approved = editor.post(path + "/workflow", Map.of("action", "approve"), submitted.etag());
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return new Approved(created.json().path("item").path("id").asString(), approved.etag());
    }

    static ApiClient.Response publish(ApiClient editor, Approved item) {
        var published = editor.post(item.path() + "/workflow", Map.of("action", "publish"), item.etag());
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return published;
    }

    /** Subscribes {@code url}; returns the creation answer (with the secret). */
    static ApiClient.Response subscribe(ApiClient admin, Map<String, Object> request) {
        var created = admin.post("/api/webhooks", request);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }

    /** {@code DELETE path} as {@code username} (ApiClient has no DELETE); returns the status. */
    static int delete(int port, String username, String path) {
        try {
            var login = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"" + username + "\",\"password\":\"matkhau\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String token = JsonMapper.shared().readTree(login.body()).path("access_token").asString();
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Bearer " + token).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new AssertionError("DELETE " + path + " failed", e);
        }
    }

    /** What a receiver computes to check X-Newsroom-Signature: written here from scratch, not with the app's code. */
    static String hmacSha256(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
