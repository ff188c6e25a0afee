package vn.haugiang.newsroom.cms.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.haugiang.newsroom.cms.ApiClient;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/** The workflow over real HTTP and PostgreSQL, as the seeded users of the local profile. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class EditorialWorkflowTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient reporter;
    ApiClient editor;
    ApiClient broadcasterEditor;
    ApiClient analyst;
    ApiClient unitAdmin;

    @BeforeEach
    void logIn() {
        reporter = ApiClient.as(port, "phongvien.bhg");
        editor = ApiClient.as(port, "bientap.bhg");
        broadcasterEditor = ApiClient.as(port, "bientap.dai");
        analyst = ApiClient.as(port, "chuyenvien.stttt");
        unitAdmin = ApiClient.as(port, "quantri.bhg");
    }

    @Test
    void reporterSubmitsEditorApprovesAndPublishesAndEveryStepIsAudited() {
        var created = reporter.post("/api/items", article("Tập huấn an toàn thông tin cho phóng viên"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("item").path("id").asString();
        String path = "/api/items/" + id;

        var submitted = reporter.post(path + "/workflow", Map.of("action", "submit"), created.etag());
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(reporter.post(path + "/workflow", Map.of("action", "approve"), submitted.etag()).status())
                .as("a reporter cannot approve").isEqualTo(403);
        assertThat(unitAdmin.post(path + "/workflow", Map.of("action", "approve"), submitted.etag()).status())
                .as("a unit admin cannot approve").isEqualTo(403);

        var approved = editor.post(path + "/workflow", Map.of("action", "approve"), submitted.etag());
        var published = editor.post(path + "/workflow", Map.of("action", "publish"), approved.etag());
        assertThat(published.json().path("state").asString()).isEqualTo("published");
        var takenDown = editor.post(path + "/workflow", Map.of("action", "take_down"), published.etag());
        assertThat(takenDown.status()).as("taking down needs a reason").isEqualTo(422);
        assertThat(takenDown.json().path("field").asString()).isEqualTo("comment");

        var history = editor.get(path + "/history").json();
        assertThat(history.findValuesAsString("action")).containsExactly("submit", "approve", "publish");
        assertThat(history.findValuesAsString("actor")).containsExactly("phongvien.bhg", "bientap.bhg", "bientap.bhg");
        assertThat(history.get(0).path("from").asString()).isEqualTo("draft");
        assertThat(history.get(2).path("to").asString()).isEqualTo("published");
    }

    @Test
    void schedulingNeedsAFutureTimeAndTakingDownKeepsTheReason() {
        var created = editor.post("/api/items", article("Cảnh giác lừa đảo trực tuyến"));
        String path = "/api/items/" + created.json().path("item").path("id").asString();
        var submitted = editor.post(path + "/workflow", Map.of("action", "submit"), created.etag());
        var approved = editor.post(path + "/workflow", Map.of("action", "approve"), submitted.etag());
        var past = editor.post(path + "/workflow", Map.of("action", "schedule", "publishAt", "2020-01-01T00:00:00Z"), approved.etag());
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.json().path("field").asString()).isEqualTo("publishAt");

        String at = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        var scheduled = editor.post(path + "/workflow", Map.of("action", "schedule", "publishAt", at), approved.etag());
        assertThat(scheduled.json().path("publishAt").asString()).isEqualTo(at);
        Instant beforePublish = Instant.now().minusSeconds(1);
        var published = editor.post(path + "/workflow", Map.of("action", "publish"), scheduled.etag());
        assertThat(Instant.parse(published.json().path("publishAt").asString()))
                .as("publishing now replaces the scheduled time").isBetween(beforePublish, Instant.now().plusSeconds(1));
        var down = editor.post(path + "/workflow", Map.of("action", "take_down", "comment", "Sai số liệu"), published.etag());
        assertThat(down.json().path("state").asString()).isEqualTo("taken_down");
        assertThat(down.json().path("takedownReason").asString()).isEqualTo("Sai số liệu");
    }

    @Test
    void unitsCannotReadOrChangeEachOthersDraftsAndTheAnalystReadsOnlyPublishedOutput() {
        var draft = broadcasterEditor.post("/api/items", article("Tọa đàm chuyên gia về an toàn thông tin"));
        String path = "/api/items/" + draft.json().path("item").path("id").asString();

        assertThat(editor.get(path).status()).as("newspaper editor reads broadcaster draft").isEqualTo(404);
        assertThat(editor.put(path, article("Sửa trộm"), draft.etag()).status()).isEqualTo(404);
        assertThat(editor.post(path + "/workflow", Map.of("action", "submit"), draft.etag()).status()).isEqualTo(404);
        assertThat(analyst.get(path).status()).as("analyst reads a draft").isEqualTo(404);

        var submitted = broadcasterEditor.post(path + "/workflow", Map.of("action", "submit"), draft.etag());
        var approved = broadcasterEditor.post(path + "/workflow", Map.of("action", "approve"), submitted.etag());
        var published = broadcasterEditor.post(path + "/workflow", Map.of("action", "publish"), approved.etag());

        assertThat(analyst.get(path).status()).as("analyst reads published output").isEqualTo(200);
        assertThat(analyst.put(path, article("Sửa"), published.etag()).status()).isEqualTo(403);
        assertThat(analyst.post(path + "/workflow", Map.of("action", "take_down", "comment", "x"), published.etag()).status())
                .isEqualTo(403);
        assertThat(analyst.post("/api/items", article("Bài của chuyên viên")).status()).isEqualTo(403);
        String publishedId = published.json().path("id").asString();
        String otherDraftId = broadcasterEditor.post("/api/items", article("Bản nháp khác của Đài")).json()
                .path("item").path("id").asString();
        var publishedList = analyst.get("/api/items?state=published&unit=dai-pt-th-hau-giang&limit=200");
        assertThat(publishedList.status()).as(publishedList.body()).isEqualTo(200);
        assertThat(publishedList.json().path("items").findValuesAsString("id")).contains(publishedId);
        assertThat(analyst.get("/api/items?unit=dai-pt-th-hau-giang&limit=200").json().path("items")
                .findValuesAsString("id")).doesNotContain(otherDraftId);
        assertThat(analyst.get("/api/items?state=draft&limit=200").json().path("items").findValuesAsString("unitId"))
                .allMatch("so-tt-tt"::equals);
    }

    @Test
    void producerMovesProgrammeSegmentsButNotArticles() {
        ApiClient producer = ApiClient.as(port, "sanxuat.dai");
        assertThat(producer.post("/api/items", article("Bài báo của biên tập sản xuất")).status()).isEqualTo(403);

        Map<String, Object> segment = article("Tọa đàm: Bảo vệ dữ liệu cá nhân trên không gian mạng");
        segment.put("type", "programme_segment");
        segment.put("genre", "talk_show");
        segment.put("planTasks", List.of("NV1.c"));
        var created = producer.post("/api/items", segment);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String path = "/api/items/" + created.json().path("item").path("id").asString();
        var submitted = producer.post(path + "/workflow", Map.of("action", "submit"), created.etag());
        var approved = producer.post(path + "/workflow", Map.of("action", "approve"), submitted.etag());
        var published = producer.post(path + "/workflow", Map.of("action", "publish"), approved.etag());
        assertThat(published.json().path("state").asString()).isEqualTo("published");
        assertThat(published.json().path("genre").asString()).isEqualTo("talk_show");

        Map<String, Object> genreOnArticle = article("Bài có thể loại");
        genreOnArticle.put("genre", "film");
        var refused = ApiClient.as(port, "bientap.dai").post("/api/items", genreOnArticle);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("field").asString()).isEqualTo("genre");
    }

    @Test
    void correctionReplacesContentWithANoteAndKeepsTheItemLive() {
        var created = editor.post("/api/items", article("Số liệu tuyên truyền năm 2025"));
        String path = "/api/items/" + created.json().path("item").path("id").asString();
        var submitted = editor.post(path + "/workflow", Map.of("action", "submit"), created.etag());
        var approved = editor.post(path + "/workflow", Map.of("action", "approve"), submitted.etag());
        var published = editor.post(path + "/workflow", Map.of("action", "publish"), approved.etag());
        assertThat(editor.put(path, article("Sửa trực tiếp"), published.etag()).status())
                .as("a published item changes only through 'correct'").isEqualTo(409);

        var corrected = editor.post(path + "/workflow", Map.of("action", "correct", "comment", "Sửa số liệu: 120 tin, không phải 210",
                "correctedContent", article("Số liệu tuyên truyền năm 2025 (đã sửa)")), published.etag());

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().path("state").asString()).isEqualTo("corrected");
        assertThat(corrected.json().path("revision").asInt()).isEqualTo(2);
        assertThat(corrected.json().path("content").path("headline").asString()).isEqualTo("Số liệu tuyên truyền năm 2025 (đã sửa)");
        assertThat(editor.get(path + "/history").json().get(3).path("comment").asString())
                .isEqualTo("Sửa số liệu: 120 tin, không phải 210");
    }

    @Test
    void itemsCannotReachAnotherUnitsItemsOrUnpublishedMedia() {
        String foreignItem = broadcasterEditor.post("/api/items", article("Bản nháp của Đài")).json().path("item").path("id").asString();

        Map<String, Object> related = article("Bài liên quan");
        related.put("relatedItems", List.of(foreignItem));
        var refused = editor.post("/api/items", related);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("field").asString()).isEqualTo("relatedItems");

        Map<String, Object> featured = article("Bài có ảnh đại diện lạ");
        featured.put("featuredMedia", UUID.randomUUID().toString());
        var noMedia = editor.post("/api/items", featured);
        assertThat(noMedia.status()).isEqualTo(422);
        assertThat(noMedia.json().path("field").asString()).isEqualTo("featuredMedia");
    }

    @Test
    void decomposedTextIsStoredComposed() {
        int run = java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String nfc = "Hội nghị an toàn thông tin Hậu Giang " + run;
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);

        var created = reporter.post("/api/items", article(nfd));
        String stored = jdbc.sql("SELECT headline FROM item WHERE id = ?")
                .param(UUID.fromString(created.json().path("item").path("id").asString())).query(String.class).single();

        assertThat(stored).isEqualTo(nfc);
        assertThat(created.json().path("item").path("content").path("slug").asString())
                .isEqualTo("hoi-nghi-an-toan-thong-tin-hau-giang-" + run);
    }

    @Test
    void unsafeBodyIsCleanedAndTheEditorToldWhatWasRemoved() {
        Map<String, Object> draft = article("Bài có mã độc");
        draft.put("body", "<p>Nội dung</p><script>alert(1)</script><a href=\"ja&Tab;vascript:alert(1)\">x</a>");

        var created = reporter.post("/api/items", draft);

        String body = created.json().path("item").path("content").path("body").asString();
        assertThat(body).contains("<p>Nội dung</p>").doesNotContain("script").doesNotContain("javascript");
        assertThat(created.json().path("removedHtml").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void invalidFieldsAreNamedInProblemJson() {
        Map<String, Object> draft = article(" ");
        draft.put("planTasks", List.of("NV9.z"));

        var refused = reporter.post("/api/items", draft);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("headline", "planTasks[0]");
    }

    static Map<String, Object> article(String headline) {
        var draft = new HashMap<String, Object>();
        draft.put("type", "article");
        draft.put("headline", headline);
        draft.put("body", "<p>" + headline + "</p>");
        draft.put("planTasks", List.of("NV1.đ"));
        draft.put("slug", null);
        return draft;
    }
}
