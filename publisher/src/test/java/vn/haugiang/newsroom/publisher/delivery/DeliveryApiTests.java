package vn.haugiang.newsroom.publisher.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.haugiang.newsroom.publisher.ApiClient;
import vn.haugiang.newsroom.publisher.ApiClient.Reply;
import vn.haugiang.newsroom.publisher.TestTokens;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class DeliveryApiTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Environment environment;

    @LocalServerPort
    int port;

    DeliveryFixtures fx;
    ApiClient api;
    String admin;
    String analyst;
    UUID item;
    List<UUID> deliveries;

    @BeforeEach
    void setUp() {
        fx = new DeliveryFixtures(jdbc);
        api = new ApiClient(port, json);
        TestTokens tokens = new TestTokens(environment);
        admin = tokens.token("quantri.bhg", "UNIT_ADMIN", fx.unitId());
        analyst = tokens.token("chuyenvien.stttt", "ANALYST", "so-tt-tt");
        String channel = fx.channel("facebook");
        fx.close(); // paused: nothing here is claimed by a run meanwhile
        item = fx.item(null, "published");
        deliveries = fx.dueDeliveries(item, channel, 3);
        // Created a minute apart, version 1 the newest.
        for (int v = 1; v <= 3; v++) {
            jdbc.sql("UPDATE delivery SET created_at = now() - make_interval(mins => :v) WHERE id = :id")
                    .param("v", v).param("id", deliveries.get(v - 1)).update();
        }
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void listsAnItemsDeliveriesNewestFirstPageByPage() {
        Reply first = api.get("/api/deliveries?item=" + item + "&limit=2", analyst);

        assertThat(first.status()).isEqualTo(200);
        assertThat(ids(first.body().get("deliveries"))).containsExactly(deliveries.get(0), deliveries.get(1));
        assertThat(first.body().get("deliveries").get(0).get("channelKind").asString()).isEqualTo("facebook");
        String cursor = first.body().get("nextCursor").asString();

        Reply second = api.get("/api/deliveries?item=" + item + "&limit=2&cursor=" + cursor, analyst);

        assertThat(ids(second.body().get("deliveries"))).containsExactly(deliveries.get(2));
        assertThat(second.body().has("nextCursor")).isFalse();
        assertThat(ids(api.get("/api/deliveries?item=" + item + "&state=delivered", analyst).body().get("deliveries")))
                .isEmpty();
        assertThat(ids(api.get("/api/deliveries?item=" + item + "&state=pending", analyst).body().get("deliveries")))
                .hasSize(3);
    }

    @Test
    void retryingAFailedDeliveryMakesItPendingAndLogsWhoAskedForIt() {
        UUID delivery = deliveries.get(0);
        setState(delivery, "failed_permanent");

        Reply reply = api.post("/api/deliveries/" + delivery + "/retry", admin, null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("state").asString()).isEqualTo("pending");
        JsonNode last = lastEvent(api.get("/api/deliveries/" + delivery, analyst).body());
        assertThat(last.get("fromState").asString()).isEqualTo("failed_permanent");
        assertThat(last.get("toState").asString()).isEqualTo("pending");
        assertThat(last.get("actor").asString()).isEqualTo("quantri.bhg");
        assertThat(fx.delivery(delivery).state()).isEqualTo("pending");
    }

    @Test
    void anUnknownDeliveryIsRetriedOnlyWhenTheOperatorConfirmsItWasNotSent() {
        UUID delivery = deliveries.get(0);
        setState(delivery, "unknown");

        Reply refused = api.post("/api/deliveries/" + delivery + "/retry", admin, "{}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("field").asString()).isEqualTo("confirmNotSent");
        assertThat(fx.delivery(delivery).state()).isEqualTo("unknown");

        Reply confirmed = api.post("/api/deliveries/" + delivery + "/retry", admin, "{\"confirmNotSent\": true}");

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.body().get("state").asString()).isEqualTo("pending");
        assertThat(lastEvent(confirmed.body()).get("error").asString()).contains("confirmed it was not sent");
    }

    @Test
    void onlyWaitingOrFailedDeliveriesCanBeCancelledAndOnlyFailedOnesRetried() {
        UUID delivery = deliveries.get(0);

        Reply cancelled = api.post("/api/deliveries/" + delivery + "/cancel", admin, null);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().get("state").asString()).isEqualTo("cancelled");
        Reply again = api.post("/api/deliveries/" + delivery + "/cancel", admin, null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("currentState").asString()).isEqualTo("cancelled");

        setState(deliveries.get(1), "delivered");
        Reply retryDelivered = api.post("/api/deliveries/" + deliveries.get(1) + "/retry", admin, null);
        assertThat(retryDelivered.status()).isEqualTo(409);
        assertThat(retryDelivered.contentType()).startsWith("application/problem+json");
        assertThat(fx.delivery(deliveries.get(1)).state()).isEqualTo("delivered");
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        assertProblem(api.get("/api/deliveries?state=sent", analyst), 400, "state");
        assertProblem(api.get("/api/deliveries?item=not-a-uuid", analyst), 400, "item");
        assertProblem(api.get("/api/deliveries?limit=0", analyst), 400, "limit");
        assertProblem(api.get("/api/deliveries?cursor=garbage", analyst), 400, "cursor");
        assertProblem(api.get("/api/deliveries/not-a-uuid", analyst), 400, "id");
        Reply missing = api.get("/api/deliveries/" + UUID.randomUUID(), analyst);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    @Test
    void readersMayReadOnlyAdminsMayActAndStrangersNeither() {
        TestTokens tokens = new TestTokens(environment);
        String editor = tokens.token("bientap.bhg", "EDITOR", fx.unitId());
        String reporter = tokens.token("phongvien.bhg", "REPORTER", fx.unitId());
        UUID delivery = deliveries.get(0);

        Reply anonymous = api.get("/api/deliveries?item=" + item, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/deliveries?item=" + item, "not.a.token").status()).isEqualTo(401);
        assertThat(api.get("/api/deliveries?item=" + item, reporter).status()).isEqualTo(403);
        assertThat(api.get("/api/deliveries/" + delivery, editor).status()).isEqualTo(200);

        Reply forbidden = api.post("/api/deliveries/" + delivery + "/cancel", editor, null);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
        assertThat(fx.delivery(delivery).state()).isEqualTo("pending");
        assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
    }

    @Test
    void anotherUnitsAdminNeitherSeesNorTouchesTheseDeliveries() {
        String otherAdmin = new TestTokens(environment).token("quantri.bhg", "UNIT_ADMIN", "bao-hau-giang");
        UUID delivery = deliveries.get(0);

        assertThat(ids(api.get("/api/deliveries?item=" + item, otherAdmin).body().get("deliveries"))).isEmpty();
        assertThat(api.get("/api/deliveries/" + delivery, otherAdmin).status()).isEqualTo(404);
        assertThat(api.post("/api/deliveries/" + delivery + "/cancel", otherAdmin, null).status()).isEqualTo(404);
        assertThat(fx.delivery(delivery).state()).isEqualTo("pending");
        // Their own unit's admin and the Department's analyst do see them.
        assertThat(api.get("/api/deliveries/" + delivery, admin).body().get("unitId").asString())
                .isEqualTo(fx.unitId());
        assertThat(api.get("/api/deliveries/" + delivery, analyst).status()).isEqualTo(200);
    }

    private void assertProblem(Reply reply, int status, String field) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("field").asString()).isEqualTo(field);
    }

    private void setState(UUID delivery, String state) {
        jdbc.sql("UPDATE delivery SET state = :state WHERE id = :id").param("state", state).param("id", delivery)
                .update();
    }

    private static List<UUID> ids(JsonNode deliveries) {
        return deliveries.valueStream().map(d -> UUID.fromString(d.get("id").asString())).toList();
    }

    private static JsonNode lastEvent(JsonNode delivery) {
        JsonNode events = delivery.get("events");
        return events.get(events.size() - 1);
    }
}
