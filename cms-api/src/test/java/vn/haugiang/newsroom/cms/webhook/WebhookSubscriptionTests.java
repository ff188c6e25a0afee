package vn.haugiang.newsroom.cms.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import vn.haugiang.newsroom.cms.ApiClient;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/** {@code /api/webhooks} over real HTTP and PostgreSQL: who may manage subscriptions, validation, the secret. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
@TestPropertySource(properties = WebhookFixtures.FAST_DISPATCH)
class WebhookSubscriptionTests {

    // Nothing listens there: these subscriptions are deleted before an event could be sent.
    static final String URL = "https://hooks.example.invalid/newsroom";

    @LocalServerPort
    int port;

    ApiClient reporter;
    ApiClient editor;
    ApiClient unitAdmin;
    ApiClient systemAdmin;

    @BeforeEach
    void logIn() {
        reporter = ApiClient.as(port, "phongvien.bhg");
        editor = ApiClient.as(port, "bientap.bhg");
        unitAdmin = ApiClient.as(port, "quantri.bhg");
        systemAdmin = ApiClient.as(port, "admin");
    }

    @Test
    void reportersAndEditorsCannotManageWebhooks() {
        var refused = reporter.post("/api/webhooks", Map.of("url", URL));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(editor.post("/api/webhooks", Map.of("url", URL)).status()).isEqualTo(403);
        assertThat(editor.get("/api/webhooks").status()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://hooks.example.org/newsroom", "hooks.example.org/newsroom", "https:///no-host",
            "https://user:password@hooks.example.org/", "http://hooks example.org/"})
    void anUnusableUrlIsRefusedNamingTheField(String url) {
        var refused = unitAdmin.post("/api/webhooks", Map.of("url", url));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("field").asString()).isEqualTo("url");
    }

    @Test
    void aMissingUrlOrAShortSecretIsABadRequestNamingTheField() {
        var noUrl = unitAdmin.post("/api/webhooks", Map.of("events", List.of("ItemPublished")));
        var shortSecret = unitAdmin.post("/api/webhooks", Map.of("url", URL, "secret", "short"));

        assertThat(noUrl.status()).isEqualTo(400);
        assertThat(noUrl.json().path("field").asString()).isEqualTo("url");
        assertThat(shortSecret.status()).isEqualTo(400);
        assertThat(shortSecret.json().path("field").asString()).isEqualTo("secret");
    }

    @Test
    void onlyPublishedCorrectedAndTakenDownCanBeHeard() {
        var refused = unitAdmin.post("/api/webhooks", Map.of("url", URL, "events", List.of("ItemPublished", "ItemSubmitted")));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("field").asString()).isEqualTo("events[1]");
    }

    @Test
    void theSecretIsAnsweredOnceOnCreationAndNeverAgain() {
        var created = WebhookFixtures.subscribe(unitAdmin, Map.of("url", URL));
        String id = created.json().path("id").asString();

        assertThat(created.json().path("secret").asString()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(created.json().path("unit").asString()).isEqualTo("bao-hau-giang");
        assertThat(created.json().path("events").toString()).isEqualTo("[\"ItemPublished\",\"ItemCorrected\",\"ItemTakenDown\"]");
        var read = unitAdmin.get("/api/webhooks/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().has("secret")).isFalse();
        assertThat(unitAdmin.get("/api/webhooks").body()).contains(id).doesNotContain(created.json().path("secret").asString());
        assertThat(WebhookFixtures.delete(port, "quantri.bhg", "/api/webhooks/" + id)).isEqualTo(204);
    }

    @Test
    void aGivenSecretIsKeptAndDeletingStopsTheSubscriptionButKeepsItReadable() {
        String secret = "mot-bi-mat-du-dai-1234";
        var created = WebhookFixtures.subscribe(unitAdmin, Map.of("url", URL, "secret", secret, "events", List.of("ItemTakenDown")));
        String id = created.json().path("id").asString();
        assertThat(created.json().path("secret").asString()).isEqualTo(secret);

        assertThat(WebhookFixtures.delete(port, "quantri.bhg", "/api/webhooks/" + id)).isEqualTo(204);

        assertThat(unitAdmin.get("/api/webhooks").body()).doesNotContain(id);
        assertThat(unitAdmin.get("/api/webhooks/" + id).json().path("active").asBoolean()).isFalse();
        assertThat(unitAdmin.get("/api/webhooks/" + id + "/deliveries").status()).isEqualTo(200);
        assertThat(WebhookFixtures.delete(port, "quantri.bhg", "/api/webhooks/" + id)).as("idempotent").isEqualTo(204);
    }

    @Test
    void aUnitAdminManagesOnlyTheirOwnUnitsWebhooksAndASystemAdminAnyUnits() {
        assertThat(unitAdmin.post("/api/webhooks", Map.of("url", URL, "unit", "dai-pt-th-hau-giang")).status())
                .isEqualTo(403);
        var broadcasters = WebhookFixtures.subscribe(systemAdmin, Map.of("url", URL, "unit", "dai-pt-th-hau-giang"));
        String id = broadcasters.json().path("id").asString();

        assertThat(unitAdmin.get("/api/webhooks/" + id).status()).isEqualTo(404);
        assertThat(unitAdmin.get("/api/webhooks/" + id + "/deliveries").status()).isEqualTo(404);
        assertThat(unitAdmin.get("/api/webhooks").body()).doesNotContain(id);
        assertThat(WebhookFixtures.delete(port, "quantri.bhg", "/api/webhooks/" + id)).isEqualTo(404);
        assertThat(systemAdmin.get("/api/webhooks?unit=dai-pt-th-hau-giang").body()).contains(id);
        assertThat(systemAdmin.post("/api/webhooks", Map.of("url", URL, "unit", "khong-co-don-vi-nay")).json()
                .path("field").asString()).isEqualTo("unit");
        assertThat(WebhookFixtures.delete(port, "admin", "/api/webhooks/" + id)).isEqualTo(204);
    }
}
