package vn.haugiang.newsroom.cms.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

/** Slots over real HTTP and PostgreSQL, as the broadcaster's producer, on a throw-away channel per test. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class BroadcastScheduleTests {

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
    void bulletinCrossingMidnightAppearsOnceAndWholeInBothDays() {
        var created = producer.post(slots(), slot("Bản tin cuối ngày", "2026-05-01T23:30:00+07:00", "2026-05-02T00:30:00+07:00"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.etag()).isEqualTo("\"1\"");
        String id = created.json().path("slot").path("id").asString();

        for (String date : List.of("2026-05-01", "2026-05-02")) {
            JsonNode day = producer.get("/api/channels/" + channel + "/schedule?date=" + date).json();
            assertThat(day.path("timeZone").asString()).isEqualTo("Asia/Ho_Chi_Minh");
            assertThat(day.path("slots")).singleElement().satisfies(slot -> {
                assertThat(slot.path("id").asString()).isEqualTo(id);
                assertThat(slot.path("start").asString()).isEqualTo("2026-05-01T23:30:00+07:00");
                assertThat(slot.path("stop").asString()).isEqualTo("2026-05-02T00:30:00+07:00");
            });
        }
        assertThat(producer.get("/api/channels/" + channel + "/schedule?date=2026-05-03").json().path("slots")).isEmpty();
    }

    @Test
    void slotsOverlappingByFiveMinutesAreRefusedUnlessOverridden() {
        assertThat(producer.post(slots(), slot("Thời sự", "2026-05-01T23:30:00+07:00", "2026-05-02T00:30:00+07:00"))
                .status()).isEqualTo(201);

        // Across midnight: 00:25 on the next day is five minutes inside the bulletin.
        Map<String, Object> news = slot("Tin khẩn", "2026-05-02T00:25:00+07:00", "2026-05-02T00:40:00+07:00");
        var refused = producer.post(slots(), news);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("field").asString()).isEqualTo("start");
        assertThat(refused.json().path("conflicts").get(0).path("title").asString()).isEqualTo("Thời sự");
        assertThat(producer.get("/api/channels/" + channel + "/schedule?date=2026-05-02").json().path("slots")).hasSize(1);

        news.put("overrideReason", "Tin bão khẩn cấp");
        var overridden = producer.post(slots(), news);
        assertThat(overridden.status()).isEqualTo(201);
        assertThat(overridden.json().path("warnings").get(0).path("kind").asString()).isEqualTo("OVERLAP_OVERRIDDEN");

        JsonNode day = producer.get("/api/channels/" + channel + "/schedule?date=2026-05-02").json();
        assertThat(day.path("slots")).hasSize(2);
        assertThat(day.path("slots").get(1).path("overrideReason").asString()).isEqualTo("Tin bão khẩn cấp");
        assertThat(day.path("conflicts")).singleElement().satisfies(conflict -> {
            assertThat(conflict.path("allowed").asBoolean()).isTrue();
            assertThat(conflict.path("overlapSeconds").asLong()).isEqualTo(300);
            assertThat(conflict.path("overrideReason").asString()).isEqualTo("Tin bão khẩn cấp");
        });
    }

    @Test
    void backToBackSlotsDoNotOverlapAndGapsAreReported() {
        assertThat(producer.post(slots(), slot("Sáng 1", "2026-06-01T06:00:00+07:00", "2026-06-01T07:00:00+07:00")).status()).isEqualTo(201);
        assertThat(producer.post(slots(), slot("Sáng 2", "2026-06-01T07:00:00+07:00", "2026-06-01T07:30:00+07:00")).status()).isEqualTo(201);
        assertThat(producer.post(slots(), slot("Trưa", "2026-06-01T11:00:00+07:00", "2026-06-01T11:30:00+07:00")).status()).isEqualTo(201);

        JsonNode day = producer.get("/api/channels/" + channel + "/schedule?date=2026-06-01").json();
        assertThat(day.path("conflicts")).isEmpty();
        assertThat(day.path("gaps")).singleElement().satisfies(gap -> {
            assertThat(gap.path("from").asString()).isEqualTo("2026-06-01T07:30:00+07:00");
            assertThat(gap.path("minutes").asLong()).isEqualTo(210);
        });
    }

    @Test
    void changesNeedTheCurrentETagAndEachWritesOneOutboxRow() throws Exception {
        var created = producer.post(slots(), slot("Tọa đàm", "2026-07-01T20:00:00+07:00", "2026-07-01T21:00:00+07:00"));
        String path = slots() + "/" + created.json().path("slot").path("id").asString();
        Map<String, Object> moved = slot("Tọa đàm ATTT", "2026-07-01T20:30:00+07:00", "2026-07-01T21:30:00+07:00");

        assertThat(producer.put(path, moved, null).status()).isEqualTo(428);
        var updated = producer.put(path, moved, created.etag());
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.etag()).isEqualTo("\"2\"");
        assertThat(producer.put(path, moved, created.etag()).status()).as("stale").isEqualTo(412);
        assertThat(Deletes.delete(port, "sanxuat.dai", path, "\"2\"")).isEqualTo(204);

        String slotId = created.json().path("slot").path("id").asString();
        assertThat(jdbc.sql("SELECT event_type FROM outbox_event WHERE aggregate_type = 'slot' AND aggregate_id = ? ORDER BY id")
                .param(slotId).query(String.class).list()).containsExactly("SlotCreated", "SlotUpdated", "SlotDeleted");
    }

    @Test
    void weeklyRuleCreatesSlotsExceptOnExceptionDates() {
        Map<String, Object> rule = new HashMap<>(Map.of("title", "An toàn thông tin cho mọi nhà",
                "firstDate", "2026-09-01", "lastDate", "2026-09-30", "startTime", "23:45", "durationMinutes", 30,
                "daysOfWeek", List.of("TUESDAY", "FRIDAY"), "exceptDates", List.of("2026-09-04")));
        var created = producer.post(slots() + "/recurring", rule);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("created").findValuesAsString("start")).containsExactly(
                "2026-09-01T23:45:00+07:00", "2026-09-08T23:45:00+07:00", "2026-09-11T23:45:00+07:00",
                "2026-09-15T23:45:00+07:00", "2026-09-18T23:45:00+07:00", "2026-09-22T23:45:00+07:00",
                "2026-09-25T23:45:00+07:00", "2026-09-29T23:45:00+07:00");
        assertThat(created.json().path("skippedDates").get(0).asString()).isEqualTo("2026-09-04");
        assertThat(producer.post(slots() + "/recurring", rule).status()).as("all of it overlaps now").isEqualTo(409);
    }

    @Test
    void slotLengthDisagreeingWithTheClipIsStoredWithAWarning() {
        Map<String, Object> request = slot("Phóng sự", "2026-08-01T19:00:00+07:00", "2026-08-01T19:10:00+07:00");
        request.put("clipDurationSeconds", 12 * 60);
        var created = producer.post(slots(), request);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("warnings").get(0).path("kind").asString()).isEqualTo("DURATION_MISMATCH");
        assertThat(created.json().path("warnings").get(0).path("message").asString()).contains("cut");
    }

    @Test
    void newspaperEditorCannotWriteTheBroadcastersSchedule() {
        ApiClient newspaperEditor = ApiClient.as(port, "bientap.bhg");

        var attempt = newspaperEditor.post("/api/channels/hgtv/slots",
                slot("Không được", "2026-05-01T10:00:00+07:00", "2026-05-01T11:00:00+07:00"));
        assertThat(attempt.status()).isEqualTo(404);
        assertThat(newspaperEditor.post(slots(), slot("Không được", "2026-05-01T10:00:00+07:00", "2026-05-01T11:00:00+07:00"))
                .status()).isEqualTo(404);
        assertThat(newspaperEditor.get("/api/channels").json().findValuesAsString("id")).doesNotContain("hgtv");
        assertThat(ApiClient.as(port, "bientap.dai").get("/api/channels").json().findValuesAsString("id"))
                .contains("hgtv", "hg-radio");
        assertThat(producer.get("/api/channels/" + channel + "/schedule?date=2026-05-01").json().path("slots")).isEmpty();
    }

    @Test
    void airedSlotsAreListedAsOutputWithTheItemsPlanTasks() {
        var item = producer.post("/api/items", Map.of("type", "programme_segment", "genre", "talk_show",
                "headline", "Tọa đàm trực tiếp với chuyên gia ATTT", "planTasks", List.of("NV1.c")));
        assertThat(item.status()).isEqualTo(201);
        Map<String, Object> request = slot("Tọa đàm trực tiếp", "2025-11-20T20:00:00+07:00", "2025-11-20T21:00:00+07:00");
        request.put("itemId", item.json().path("item").path("id").asString());
        request.put("live", true);
        var created = producer.post(slots(), request);
        assertThat(created.json().path("warnings").get(0).path("kind").asString()).isEqualTo("DURATION_UNKNOWN");

        JsonNode airings = ApiClient.as(port, "chuyenvien.stttt")
                .get("/api/channels/" + channel + "/airings?from=2025-11-20&to=2025-11-20").json();
        assertThat(airings).singleElement().satisfies(airing -> {
            assertThat(airing.path("genre").asString()).isEqualTo("talk_show");
            assertThat(airing.path("planTasks").get(0).asString()).isEqualTo("NV1.c");
            assertThat(airing.path("start").asString()).isEqualTo("2025-11-20T20:00:00+07:00");
            assertThat(airing.path("live").asBoolean()).isTrue();
        });
    }

    private String slots() {
        return "/api/channels/" + channel + "/slots";
    }

    private static Map<String, Object> slot(String title, String start, String stop) {
        return new HashMap<>(Map.of("title", title, "start", start, "stop", stop));
    }
}
