package vn.haugiang.newsroom.cms.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.haugiang.newsroom.cms.ApiClient;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/**
 * Items published over the API reach a WireMock receiver, signed, and failed attempts are
 * retried or given up as the rules say; against the real PostgreSQL. Requests are matched by item
 * id, so other tests publishing at the same time cannot disturb the counts.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
@TestPropertySource(properties = WebhookFixtures.FAST_DISPATCH)
class WebhookDeliveryTests {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    static WireMockServer receiver;

    @LocalServerPort
    int port;

    ApiClient editor;
    ApiClient unitAdmin;
    ApiClient systemAdmin;
    final List<String> subscriptions = new ArrayList<>();

    @BeforeAll
    static void startReceiver() {
        receiver = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    @BeforeEach
    void logIn() {
        editor = ApiClient.as(port, "bientap.bhg");
        unitAdmin = ApiClient.as(port, "quantri.bhg");
        systemAdmin = ApiClient.as(port, "admin");
    }

    @AfterEach
    void unsubscribe() {
        subscriptions.forEach(id -> WebhookFixtures.delete(port, "admin", "/api/webhooks/" + id));
        receiver.resetAll();
    }

    @Test
    void publishingSendsOneSignedPostToTheUnitsSubscriptionAndNothingForOtherStepsOrUnits() {
        String newspaperPath = "/hooks/bhg-" + UUID.randomUUID();
        String broadcasterPath = "/hooks/dai-" + UUID.randomUUID();
        receiver.stubFor(post(urlPathEqualTo(newspaperPath)).willReturn(aResponse().withStatus(204)));
        receiver.stubFor(post(urlPathEqualTo(broadcasterPath)).willReturn(aResponse().withStatus(204)));
        var newspaper = subscribe(unitAdmin, Map.of("url", receiver.baseUrl() + newspaperPath));
        var broadcaster = subscribe(systemAdmin, Map.of("url", receiver.baseUrl() + broadcasterPath,
                "unit", "dai-pt-th-hau-giang"));
        String secret = newspaper.path("secret").asString();

        var item = WebhookFixtures.approvedArticle(editor, "Cảnh báo mã độc qua tin nhắn " + UUID.randomUUID());
        var published = WebhookFixtures.publish(editor, item);
        WebhookDelivery delivery = awaitDelivery(newspaper, item.id(), "delivered");

        List<LoggedRequest> received = received(newspaperPath, item.id());
        assertThat(received).as("one POST for the item: created, submitted and approved are not sent").hasSize(1);
        LoggedRequest request = received.get(0);
        JsonNode body = JsonMapper.shared().readTree(request.getBody());
        assertThat(request.getHeader(Signature.HEADER)).isEqualTo(WebhookFixtures.hmacSha256(secret, request.getBody()));
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(request.getHeader("X-Newsroom-Event")).isEqualTo("ItemPublished");
        assertThat(request.getHeader("X-Newsroom-Delivery")).isEqualTo(delivery.id().toString())
                .isEqualTo(body.path("id").asString());
        assertThat(Instant.ofEpochSecond(Long.parseLong(request.getHeader("X-Newsroom-Timestamp"))))
                .isBetween(Instant.now().minusSeconds(120), Instant.now().plusSeconds(5));
        assertThat(body.path("event").asString()).isEqualTo("ItemPublished");
        assertThat(Instant.parse(body.path("occurredAt").asString())).isBefore(Instant.now().plusSeconds(5));
        assertThat(body.path("item").path("id").asString()).isEqualTo(item.id());
        assertThat(body.path("item").path("unit").asString()).isEqualTo("bao-hau-giang");
        assertThat(body.path("item").path("type").asString()).isEqualTo("article");
        assertThat(body.path("item").path("state").asString()).isEqualTo("published");
        assertThat(body.path("item").path("version").asLong()).isEqualTo(published.json().path("version").asLong());
        assertThat(body.path("item").path("revision").asInt()).isEqualTo(1);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.lastStatus()).isEqualTo(204);

        assertThat(receiver.findAll(postRequestedFor(urlPathEqualTo(broadcasterPath)))).as("another unit's subscription").isEmpty();
        assertThat(deliveries(broadcaster)).isEmpty();
    }

    @Test
    void aReceiverFailingTwiceGetsTheSameDeliveryAgainUntilItAnswers2xx() {
        String path = "/hooks/flaky-" + UUID.randomUUID();
        var item = WebhookFixtures.approvedArticle(editor, "Tọa đàm phòng chống lừa đảo " + UUID.randomUUID());
        receiver.stubFor(inScenario(path, item.id(), Scenario.STARTED).willSetStateTo("failed once")
                .willReturn(aResponse().withStatus(500)));
        receiver.stubFor(inScenario(path, item.id(), "failed once").willSetStateTo("failed twice")
                .willReturn(aResponse().withStatus(500)));
        receiver.stubFor(inScenario(path, item.id(), "failed twice").willReturn(aResponse().withStatus(200)));
        var subscription = subscribe(unitAdmin, Map.of("url", receiver.baseUrl() + path, "events", List.of("ItemPublished")));

        WebhookFixtures.publish(editor, item);
        WebhookDelivery delivery = awaitDelivery(subscription, item.id(), "delivered");

        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(delivery.lastStatus()).isEqualTo(200);
        assertThat(delivery.deliveredAt()).isNotNull();
        List<LoggedRequest> received = received(path, item.id());
        assertThat(received).extracting(r -> r.getHeader("X-Newsroom-Delivery"))
                .containsExactly(delivery.id().toString(), delivery.id().toString(), delivery.id().toString());
        assertThat(received).extracting(LoggedRequest::getBodyAsString).as("the same body every time").containsOnly(
                received.get(0).getBodyAsString());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 410})
    void aClientErrorFailsTheDeliveryAfterOneAttempt(int status) {
        String path = "/hooks/gone-" + UUID.randomUUID();
        receiver.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)));
        var subscription = subscribe(unitAdmin, Map.of("url", receiver.baseUrl() + path));
        var item = WebhookFixtures.approvedArticle(editor, "Bài gửi tới địa chỉ đã ngừng " + UUID.randomUUID());

        WebhookFixtures.publish(editor, item);
        WebhookDelivery delivery = awaitDelivery(subscription, item.id(), "failed");

        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.lastStatus()).isEqualTo(status);
        assertThat(delivery.lastError()).isEqualTo("HTTP " + status);
        assertThat(delivery.nextAttemptAt()).isNull();
        assertThat(received(path, item.id())).hasSize(1);
    }

    @Test
    void anUnreachableReceiverIsRetriedUntilTheAttemptsAreUsedUp() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var subscription = subscribe(unitAdmin, Map.of("url", "http://127.0.0.1:" + closedPort + "/hooks"));
        var item = WebhookFixtures.approvedArticle(editor, "Bài gửi tới máy không nghe " + UUID.randomUUID());

        WebhookFixtures.publish(editor, item);
        WebhookDelivery delivery = awaitDelivery(subscription, item.id(), "failed");

        assertThat(delivery.attempts()).as("max-attempts in FAST_DISPATCH").isEqualTo(4);
        assertThat(delivery.lastStatus()).isNull();
        assertThat(delivery.lastError()).contains("ConnectException").contains("gave up after 4 attempts");
    }

    private JsonNode subscribe(ApiClient admin, Map<String, Object> request) {
        JsonNode created = WebhookFixtures.subscribe(admin, request).json();
        subscriptions.add(created.path("id").asString());
        return created;
    }

    private List<WebhookDelivery> deliveries(JsonNode subscription) {
        var answer = systemAdmin.get("/api/webhooks/" + subscription.path("id").asString() + "/deliveries");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return List.of(JsonMapper.shared().readValue(answer.body(), WebhookDelivery[].class));
    }

    private WebhookDelivery awaitDelivery(JsonNode subscription, String itemId, String state) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> deliveries(subscription).stream()
                        .filter(d -> d.itemId().equals(itemId) && d.state().equals(state)).findFirst().orElse(null),
                        delivery -> delivery != null);
    }

    /** A stub for this item's requests only, in a scenario of its own, when the scenario is in {@code state}. */
    private static ScenarioMappingBuilder inScenario(String path, String itemId, String state) {
        return post(urlPathEqualTo(path)).withRequestBody(matchingJsonPath("$.item.id", equalTo(itemId)))
                .inScenario("flaky-" + itemId).whenScenarioStateIs(state);
    }

    private static List<LoggedRequest> received(String path, String itemId) {
        return receiver.findAll(postRequestedFor(urlPathEqualTo(path))
                .withRequestBody(matchingJsonPath("$.item.id", equalTo(itemId))));
    }
}
