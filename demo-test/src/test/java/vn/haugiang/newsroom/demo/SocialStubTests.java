package vn.haugiang.newsroom.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The social stub's mappings ({@code demo/stubs/mappings}, what {@code ./cms services up} serves on
 * port 8089) answer the requests the publisher's Facebook, YouTube and Zalo clients send with the
 * platforms' shapes, and {@code scripts/demo/social.jq} turns the stub's journal into one line per post.
 * The requests below are built as those clients build them (see {@code channel/social/*Client.java}).
 */
class SocialStubTests {

    static final JsonMapper JSON = JsonMapper.shared();
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    WireMockServer stub;
    String base;

    @BeforeEach
    void startTheStubOnTheRepoMappings() {
        stub = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
                .usingFilesUnderDirectory(DemoRunTests.REPO.resolve("demo/stubs").toString()));
        stub.start();
        base = "http://127.0.0.1:" + stub.port();
    }

    @AfterEach
    void stop() {
        stub.stop();
    }

    @Test
    void graphPostsAnswerWithThePagesPostIdAndAPostWithoutATokenIsRefusedAsGraphRefusesIt() throws Exception {
        var feed = post("/v26.0/1234567890/feed", form("message", "Cảnh giác lừa đảo", "link", "https://x.vn/a",
                "access_token", "page-token"), "application/x-www-form-urlencoded");
        var photo = post("/v26.0/1234567890/photos", form("url", "https://x.vn/a.jpg", "message", "Ảnh",
                "access_token", "page-token"), "application/x-www-form-urlencoded");
        var noToken = post("/v26.0/1234567890/feed", form("message", "x"), "application/x-www-form-urlencoded");
        var recent = get("/v26.0/1234567890/posts?fields=id,message,permalink_url,created_time&limit=25&access_token=t", null);

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(json(feed).path("id").asString()).matches("1234567890_\\d+");
        assertThat(json(photo).path("post_id").asString()).matches("1234567890_\\d+");
        assertThat(json(photo).path("id").asString()).matches("\\d+");
        assertThat(noToken.statusCode()).isEqualTo(400);
        assertThat(json(noToken).path("error").path("type").asString()).isEqualTo("OAuthException");
        assertThat(json(recent).path("data").isArray()).isTrue();
    }

    @Test
    void aCorrectionEditsTheGraphPostAndTheZaloArticleOnTheStub() throws Exception {
        var edited = post("/v26.0/1234567890_5678", form("message", "Đã đính chính #hgabcv2", "access_token", "page-token"),
                "application/x-www-form-urlencoded");
        var editedWithoutToken = post("/v26.0/1234567890_5678", form("message", "x"), "application/x-www-form-urlencoded");
        var updated = http.send(request("/v2.0/article/update", "oa-token").POST(BodyPublishers.ofString(
                "{\"id\":\"a1\",\"type\":\"normal\",\"title\":\"Đính chính\",\"body\":[{\"type\":\"text\","
                        + "\"content\":\"nội dung #hgabcv2\"}]}")).build(), BodyHandlers.ofString());

        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(json(edited).path("success").asBoolean()).isTrue();
        assertThat(editedWithoutToken.statusCode()).isEqualTo(400);
        assertThat(json(updated).path("error").asInt()).isZero();
    }

    @Test
    void aYouTubeResumableUploadGivesASessionOnTheStubThenTheVideoResource() throws Exception {
        var session = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/upload/youtube/v3/videos?uploadType=resumable&part=snippet,status"))
                .header("Authorization", "Bearer yt-token").header("X-Upload-Content-Length", "5")
                .header("X-Upload-Content-Type", "video/mp4").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"snippet\":{\"title\":\"Tọa đàm\",\"description\":\"d\"},"
                        + "\"status\":{\"privacyStatus\":\"public\"}}")).build(), BodyHandlers.ofString());
        String location = session.headers().firstValue("Location").orElseThrow();
        var upload = http.send(HttpRequest.newBuilder(URI.create(location)).header("Authorization", "Bearer yt-token")
                .header("Content-Type", "video/mp4").PUT(BodyPublishers.ofByteArray(new byte[5])).build(), BodyHandlers.ofString());
        var unauthorised = post("/upload/youtube/v3/videos?uploadType=resumable&part=snippet,status", "{}", "application/json");
        var channels = get("/youtube/v3/channels?part=contentDetails&mine=true", "Bearer yt-token");

        assertThat(session.statusCode()).isEqualTo(200);
        assertThat(location).startsWith(base + "/upload/youtube/v3/videos?").contains("upload_id=");
        assertThat(upload.statusCode()).isEqualTo(200);
        assertThat(json(upload).path("kind").asString()).isEqualTo("youtube#video");
        assertThat(json(upload).path("id").asString()).hasSize(11);
        assertThat(unauthorised.statusCode()).isEqualTo(401);
        assertThat(json(channels).path("items").path(0).path("contentDetails").path("relatedPlaylists")
                .path("uploads").asString()).isNotEmpty();
    }

    @Test
    void aZaloArticleIsCreatedWithATokenAndVerifiedToAnIdAndABadTokenGetsError216() throws Exception {
        String article = "{\"type\":\"normal\",\"title\":\"Cảnh giác\",\"author\":\"Báo Hậu Giang\",\"cover\":{\"cover_type\":"
                + "\"photo\",\"photo_url\":\"https://x.vn/a.jpg\",\"status\":\"show\"},\"description\":\"d\",\"body\":"
                + "[{\"type\":\"text\",\"content\":\"nội dung\"}],\"status\":\"show\",\"comment\":\"show\"}";
        var created = http.send(request("/v2.0/article/create", "oa-token").POST(BodyPublishers.ofString(article)).build(),
                BodyHandlers.ofString());
        String token = json(created).path("data").path("token").asString();
        var verified = http.send(request("/v2.0/article/verify", "oa-token")
                .POST(BodyPublishers.ofString("{\"token\":\"" + token + "\"}")).build(), BodyHandlers.ofString());
        var badToken = post("/v2.0/article/create", article, "application/json");

        assertThat(json(created).path("error").asInt()).isZero();
        assertThat(json(created).path("message").asString()).isEqualTo("Success");
        assertThat(token).isNotEmpty();
        assertThat(json(verified).path("data").path("id").asString()).isNotEmpty();
        assertThat(badToken.statusCode()).as("Zalo answers 200 with an error code").isEqualTo(200);
        assertThat(json(badToken).path("error").asInt()).isEqualTo(-216);
    }

    @Test
    void theJournalBecomesOneLinePerPostWithoutTheAccessTokens() throws Exception {
        post("/v26.0/1234567890/feed", form("message", "Bài một", "access_token", "secret-page-token"),
                "application/x-www-form-urlencoded");
        get("/v26.0/1234567890/posts?access_token=t", null);
        var session = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/upload/youtube/v3/videos?uploadType=resumable&part=snippet,status"))
                .header("Authorization", "Bearer yt-token").header("X-Upload-Content-Length", "3")
                .POST(BodyPublishers.ofString("{\"snippet\":{\"title\":\"Clip\"}}")).build(), BodyHandlers.ofString());
        http.send(HttpRequest.newBuilder(URI.create(session.headers().firstValue("Location").orElseThrow()))
                .header("Authorization", "Bearer yt-token").PUT(BodyPublishers.ofByteArray(new byte[3])).build(),
                BodyHandlers.discarding());
        post("/v2.0/article/create", "{\"title\":\"t\",\"body\":[{\"type\":\"text\",\"content\":\"c\"}]}", "application/json");

        List<JsonNode> posts = socialLines(get("/__admin/requests", null).body());

        assertThat(posts).extracting(p -> p.path("api").asString()).containsExactly("facebook", "youtube", "zalo");
        assertThat(posts).extracting(p -> p.path("accepted").asBoolean()).containsExactly(true, true, false);
        assertThat(posts.get(0).path("post").path("message").asString()).isEqualTo("Bài một");
        assertThat(posts.get(1).path("uploadBytes").asInt()).isEqualTo(3);
        assertThat(posts.get(1).path("video").path("kind").asString()).isEqualTo("youtube#video");
        assertThat(posts.toString()).doesNotContain("secret-page-token");
    }

    private List<JsonNode> socialLines(String journal) throws IOException, InterruptedException {
        Path input = Files.createTempFile("journal", ".json");
        Files.writeString(input, journal);
        Process jq = new ProcessBuilder("jq", "-c", "-f", DemoRunTests.REPO.resolve("scripts/demo/social.jq").toString(),
                input.toString()).redirectErrorStream(true).start();
        String out = new String(jq.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jq.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(jq.exitValue()).as(out).isZero();
        Files.delete(input);
        var lines = new ArrayList<JsonNode>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private HttpRequest.Builder request(String path, String zaloToken) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("access_token", zaloToken)
                .header("Content-Type", "application/json");
    }

    private HttpResponse<String> post(String path, String body, String contentType) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, @Nullable String authorization) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.GET().build(), BodyHandlers.ofString());
    }

    private static String form(String... pairs) {
        var form = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
