package vn.haugiang.newsroom.cms.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/** Who may upload, read and publish whose media, as the seeded users over real HTTP. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class MediaAccessTests {

    @LocalServerPort
    int port;

    MediaApi reporter;
    MediaApi editor;
    MediaApi unitAdmin;
    MediaApi analyst;
    MediaApi broadcasterEditor;
    MediaApi producer;

    @BeforeEach
    void logIn() {
        reporter = MediaApi.as(port, "phongvien.bhg");
        editor = MediaApi.as(port, "bientap.bhg");
        unitAdmin = MediaApi.as(port, "quantri.bhg");
        analyst = MediaApi.as(port, "chuyenvien.stttt");
        broadcasterEditor = MediaApi.as(port, "bientap.dai");
        producer = MediaApi.as(port, "sanxuat.dai");
    }

    @Test
    void unitAdminsAndAnalystsCannotUploadButProducersCan() {
        byte[] png = MediaSamples.randomImage("png", 20, 20);

        assertThat(unitAdmin.upload("a.png", png).status()).isEqualTo(403);
        assertThat(analyst.upload("a.png", png).status()).isEqualTo(403);
        assertThat(analyst.post("/api/media/uploads", java.util.Map.of("fileName", "a.mp4", "size", 10)).status())
                .isEqualTo(403);
        var uploaded = producer.upload("a.png", png);
        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.json().path("unitId").asString()).isEqualTo("dai-pt-th-hau-giang");
    }

    @Test
    void anotherUnitsUnpublishedMediaAreNotFoundAndPublishedOnesShowOnlyPublicFiles() {
        JsonNode media = reporter.upload("bao.jpg", MediaSamples.randomImage("jpg", 64, 48)).json();
        String path = "/api/media/" + media.path("id").asString();

        assertThat(unitAdmin.get(path).status()).as("the unit admin reads the unit's media").isEqualTo(200);
        assertThat(broadcasterEditor.get(path).status()).isEqualTo(404);
        assertThat(analyst.get(path).status()).isEqualTo(404);
        assertThat(reporter.post(path + "/publish", null).status()).as("reporters do not publish").isEqualTo(403);
        assertThat(broadcasterEditor.post(path + "/publish", null).status()).isEqualTo(404);

        var published = editor.post(path + "/publish", null);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().path("publicUrl").asString())
                .isEqualTo("/media/" + media.path("renditions").get(1).path("key").asString());

        JsonNode seenByOthers = broadcasterEditor.get(path).json();
        assertThat(seenByOthers.path("published").asBoolean()).isTrue();
        assertThat(seenByOthers.has("original")).as("the original stays within the unit").isFalse();
        assertThat(seenByOthers.has("privateMetadata")).isFalse();
        assertThat(seenByOthers.path("renditions").findValuesAsString("url")).allMatch(url -> url.startsWith("/media/"));
        assertThat(analyst.get(path).status()).isEqualTo(200);
        assertThat(broadcasterEditor.delete(path).status()).isEqualTo(403);
    }

    @Test
    void unpublishedMediaAreListedForTheirUnitOnly() {
        String id = reporter.upload("danh-sach.png", MediaSamples.randomImage("png", 10, 10)).json().path("id").asString();

        assertThat(editor.get("/api/media?limit=20").json().findValuesAsString("id")).contains(id);
        assertThat(broadcasterEditor.get("/api/media?limit=100").json().findValuesAsString("id")).doesNotContain(id);
    }
}
