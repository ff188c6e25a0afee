package vn.haugiang.newsroom.cms.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/** Media in use cannot be deleted; unused ones can, by hand or by the cleanup job after the grace period. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class MediaDeletionTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MediaStorage storage;

    @Autowired
    MediaCleanup cleanup;

    MediaApi editor;

    @BeforeEach
    void logIn() {
        editor = MediaApi.as(port, "bientap.bhg");
    }

    @Test
    void mediaUsedAsFeaturedMediaOrInABodyImageCannotBeDeleted() {
        JsonNode featured = upload();
        String featuredItem = createItem(featured.path("id").asString(), "<p>Ảnh đại diện</p>");
        JsonNode inBody = upload();
        String webKey = inBody.path("renditions").get(1).path("key").asString();
        String bodyItem = createItem(null, "<p>Hội nghị</p><img src=\"/media/" + webKey + "\" alt=\"Hội nghị\">");

        var refused = editor.delete("/api/media/" + featured.path("id").asString());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("items").toString()).contains(featuredItem);
        var refusedBody = editor.delete("/api/media/" + inBody.path("id").asString());
        assertThat(refusedBody.status()).isEqualTo(409);
        assertThat(refusedBody.json().path("items").toString()).contains(bodyItem);
        assertThat(storage.exists(inBody.path("key").asString())).isTrue();
    }

    @Test
    void unusedMediaAreDeletedWithTheirObjectsAndOneOutboxRow() {
        JsonNode media = upload();
        String id = media.path("id").asString();
        createItem(null, "<p>Bài viết nhắc mã " + id + " trong chữ, không dùng ảnh</p>");

        assertThat(editor.delete("/api/media/" + id).status()).isEqualTo(204);

        assertThat(editor.get("/api/media/" + id).status()).isEqualTo(404);
        for (JsonNode key : List.of(media.path("key"), media.path("renditions").get(0).path("key"))) {
            assertThat(storage.exists(key.asString())).as(key.asString()).isFalse();
        }
        assertThat(jdbc.sql("SELECT event_type FROM outbox_event WHERE aggregate_type = 'media' AND aggregate_id = ? ORDER BY id")
                .param(id).query(String.class).list()).containsExactly("MediaCreated", "MediaDeleted");
    }

    @Test
    void theCleanupJobDeletesUnreferencedMediaOnlyAfterTheGracePeriod() {
        JsonNode orphan = upload();
        JsonNode used = upload();
        JsonNode recent = upload();
        createItem(used.path("id").asString(), "<p>Dùng ảnh</p>");
        jdbc.sql("UPDATE media SET created_at = now() - interval '8 days' WHERE id IN (?::uuid, ?::uuid)")
                .params(orphan.path("id").asString(), used.path("id").asString()).update();

        cleanup.run();

        assertThat(exists(orphan)).as("unreferenced for longer than 7 days").isFalse();
        assertThat(storage.exists(orphan.path("key").asString())).isFalse();
        assertThat(exists(used)).as("used as featured media").isTrue();
        assertThat(exists(recent)).as("still within the grace period").isTrue();
    }

    @Test
    void mediaNamedOnlyByAnOlderRevisionSurviveTheCleanup() {
        JsonNode once = upload();
        String item = createItem(once.path("id").asString(), "<p>Ảnh đại diện cũ</p>");
        // The current content no longer uses it; revision 1 does, and may be restored.
        jdbc.sql("UPDATE item SET featured_media = NULL WHERE id = ?::uuid").param(item).update();
        jdbc.sql("UPDATE media SET created_at = now() - interval '8 days' WHERE id = ?::uuid")
                .param(once.path("id").asString()).update();

        cleanup.run();

        assertThat(exists(once)).isTrue();
    }

    private boolean exists(JsonNode media) {
        return jdbc.sql("SELECT count(*) FROM media WHERE id = ?::uuid").param(media.path("id").asString())
                .query(Long.class).single() == 1;
    }

    private JsonNode upload() {
        var response = editor.upload("anh.jpg", MediaSamples.randomImage("jpg", 24, 16));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private String createItem(@Nullable String featuredMedia, String body) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("type", "article");
        draft.put("headline", "Bài có ảnh " + UUID.randomUUID());
        draft.put("body", body);
        draft.put("featuredMedia", featuredMedia);
        var created = editor.post("/api/items", draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("item").path("content").path("body").asString()).as("the sanitizer keeps the image").contains(
                body.contains("<img") ? "<img" : "<p>");
        return created.json().path("item").path("id").asString();
    }
}
