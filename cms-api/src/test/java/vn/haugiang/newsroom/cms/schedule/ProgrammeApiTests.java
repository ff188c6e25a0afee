package vn.haugiang.newsroom.cms.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.haugiang.newsroom.cms.ApiClient;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/**
 * Programmes, recurring rules in conflict, day gaps and clip durations over real HTTP and PostgreSQL, as the
 * producer.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class ProgrammeApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    TestChannels channels;
    ApiClient producer;
    String channel;

    @BeforeEach
    void setUp() {
        channels = new TestChannels(jdbc);
        channel = channels.create();
        producer = ApiClient.as(port, "sanxuat.dai");
    }

    @AfterEach
    void cleanUp() {
        channels.deleteAll();
    }

    @Test
    void producerCreatesChangesAndDeletesAProgrammeWithETags() throws Exception {
        var created = producer.post("/api/programmes", Map.of("title", "  An toàn   thông tin ", "genre", "Tọa đàm",
                "rating", "P"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.etag()).isEqualTo("\"1\"");
        JsonNode programme = created.json();
        String id = programme.path("id").asString();
        assertThat(programme.path("title").asString()).isEqualTo("An toàn thông tin");
        assertThat(programme.path("unitId").asString()).isEqualTo("dai-pt-th-hau-giang");

        assertThat(producer.put("/api/programmes/" + id, Map.of("title", "x"), null).status()).isEqualTo(428);
        var changed = producer.put("/api/programmes/" + id, Map.of("title", "An toàn thông tin cho mọi nhà",
                "genre", "Tọa đàm"), "\"1\"");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.etag()).isEqualTo("\"2\"");
        var stale = producer.put("/api/programmes/" + id, Map.of("title", "Cũ"), "\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(2);

        assertThat(producer.get("/api/programmes?unit=dai-pt-th-hau-giang").json().findValuesAsString("id")).contains(id);
        assertThat(ApiClient.as(port, "bientap.bhg").get("/api/programmes/" + id).status()).isEqualTo(404);

        Map<String, Object> slot = new HashMap<>(Map.of("title", "Tập 1", "start", "2026-07-01T20:00:00+07:00",
                "durationMinutes", 30, "programmeId", id));
        var onAir = producer.post("/api/channels/" + channel + "/slots", slot);
        assertThat(onAir.status()).isEqualTo(201);
        assertThat(onAir.json().path("slot").path("programmeId").asString()).isEqualTo(id);
        assertThat(Deletes.delete(port, "sanxuat.dai", "/api/programmes/" + id, "\"2\"")).as("used by a slot")
                .isEqualTo(409);

        jdbc.sql("DELETE FROM slot WHERE channel_id = ?").param(channel).update();
        assertThat(Deletes.delete(port, "sanxuat.dai", "/api/programmes/" + id, "\"2\"")).isEqualTo(204);
        assertThat(producer.get("/api/programmes/" + id).status()).isEqualTo(404);
    }

    @Test
    void newspaperEditorCannotCreateTheBroadcastersProgrammes() {
        var refused = ApiClient.as(port, "bientap.bhg").post("/api/programmes",
                Map.of("title", "Thời sự", "unitId", "dai-pt-th-hau-giang"));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void recurringRuleInConflictReportsEveryOccurrenceAndStoresNothing() {
        for (String start : List.of("2026-10-02T19:10:00+07:00", "2026-10-04T18:50:00+07:00")) {
            assertThat(producer.post("/api/channels/" + channel + "/slots",
                    Map.of("title", "Tin khẩn", "start", start, "durationMinutes", 15)).status()).isEqualTo(201);
        }
        Map<String, Object> rule = new HashMap<>(Map.of("title", "Thời sự", "firstDate", "2026-10-01",
                "lastDate", "2026-10-05", "startTime", "19:00", "durationMinutes", 30));

        var refused = producer.post("/api/channels/" + channel + "/slots/recurring", rule);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("field").asString()).isEqualTo("startTime");
        JsonNode occurrences = refused.json().path("occurrences");
        assertThat(occurrences.findValuesAsString("date")).containsExactly("2026-10-02", "2026-10-04");
        assertThat(occurrences.get(0).path("conflicts").get(0).path("start").asString())
                .isEqualTo("2026-10-02T19:10:00+07:00");
        assertThat(count()).as("nothing of the rule was stored").isEqualTo(2);

        rule.put("exceptDates", List.of("2026-10-02", "2026-10-04"));
        assertThat(producer.post("/api/channels/" + channel + "/slots/recurring", rule).status()).isEqualTo(201);
        assertThat(count()).isEqualTo(5);
    }

    @Test
    void gapsOfADayAreListedBetweenSlots() {
        producer.post("/api/channels/" + channel + "/slots",
                Map.of("title", "Sáng", "start", "2026-06-01T06:00:00+07:00", "durationMinutes", 60));
        producer.post("/api/channels/" + channel + "/slots",
                Map.of("title", "Trưa", "start", "2026-06-01T07:30:00+07:00", "durationMinutes", 60));

        JsonNode gaps = producer.get("/api/channels/" + channel + "/days/2026-06-01/gaps").json();

        assertThat(gaps).singleElement().satisfies(gap -> {
            assertThat(gap.path("from").asString()).isEqualTo("2026-06-01T07:00:00+07:00");
            assertThat(gap.path("to").asString()).isEqualTo("2026-06-01T07:30:00+07:00");
            assertThat(gap.path("minutes").asLong()).isEqualTo(30);
        });
    }

    @Test
    void slotLinkedToAClipIsCheckedAgainstTheClipsProbedDuration() {
        var item = producer.post("/api/items", Map.of("type", "video_clip", "headline", "Phóng sự lừa đảo qua mạng"));
        assertThat(item.status()).isEqualTo(201);
        String itemId = item.json().path("item").path("id").asString();
        UUID mediaId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO media (id, unit_id, kind, content_type, size_bytes, sha256, original_name, storage_key, status,
                                   metadata, created_by)
                SELECT ?, 'dai-pt-th-hau-giang', 'video', 'video/mp4', 1000, ?, 'phong-su.mp4', ?, 'ready',
                       CAST('{"duration": 600.0}' AS jsonb), id
                FROM app_user WHERE username = 'sanxuat.dai'
                """).params(mediaId, sha256(), "test/" + mediaId).update();
        jdbc.sql("UPDATE item SET featured_media = ? WHERE id = ?").params(mediaId, UUID.fromString(itemId)).update();
        try {
            Map<String, Object> slot = new HashMap<>(Map.of("title", "Phóng sự", "start", "2026-08-01T19:00:00+07:00",
                    "durationMinutes", 12, "itemId", itemId));
            var created = producer.post("/api/channels/" + channel + "/slots", slot);

            assertThat(created.status()).isEqualTo(201);
            assertThat(created.json().path("warnings")).singleElement().satisfies(w -> {
                assertThat(w.path("kind").asString()).isEqualTo("DURATION_MISMATCH");
                assertThat(w.path("message").asString()).contains("720 s").contains("600 s").contains("dead air");
            });
        } finally {
            jdbc.sql("DELETE FROM slot WHERE channel_id = ?").param(channel).update();
            jdbc.sql("UPDATE item SET featured_media = NULL WHERE id = ?").param(UUID.fromString(itemId)).update();
            jdbc.sql("DELETE FROM media WHERE id = ?").param(mediaId).update();
        }
    }

    private static String sha256() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM slot WHERE channel_id = ?").param(channel).query(Long.class).single();
    }
}
