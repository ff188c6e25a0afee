package vn.haugiang.newsroom.publisher.channel.social;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.WireMockServer;

/** Contract tests against a stub that follows the YouTube Data API v3 resumable upload shapes. */
class YouTubeClientTests {

    private static final WireMockServer youtube = new WireMockServer(wireMockConfig().dynamicPort());
    private static final String INSERT = "/upload/youtube/v3/videos";
    /** When the delivery was first sent: these clients match the marker whatever the posts' times. */
    private static final Instant SENT_FROM = Instant.parse("2026-11-29T10:00:00Z");
    private static final byte[] VIDEO = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'};
    // 2026-11-29 20:00 UTC is 12:00 in Los Angeles (PST): 12 hours to the quota reset.
    private static final Clock NOON_PACIFIC = Clock.fixed(Instant.parse("2026-11-29T20:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private YouTubeClient client;
    private SocialPost post;

    @BeforeAll
    static void startStub() {
        youtube.start();
    }

    @AfterAll
    static void stopStub() {
        youtube.stop();
    }

    @BeforeEach
    void setUp() throws IOException {
        youtube.resetAll();
        client = new YouTubeClient(new SocialClientSettings(URI.create(youtube.baseUrl()), Duration.ofSeconds(1),
                Duration.ofSeconds(2)), Duration.ofSeconds(5), new YouTubeClient.Credentials("ya29.token"),
                NOON_PACIFIC);
        Path file = Files.write(dir.resolve("clip.mp4"), VIDEO);
        post = new SocialPost("item-7", 3, "Lễ hội Hậu Giang", "Mô tả video", null,
                SocialPost.Media.video(file, null, "video/mp4"), List.of("Hậu Giang", "lễ hội"), "#hgitem7v3");
    }

    @Test
    void resumableUploadSendsMetadataThenBytesAndIsDelivered() {
        youtube.stubFor(post(urlPathEqualTo(INSERT)).willReturn(aResponse().withStatus(200)
                .withHeader("Location", youtube.baseUrl() + INSERT + "?uploadType=resumable&upload_id=UP1")));
        youtube.stubFor(put(urlPathEqualTo(INSERT)).willReturn(okJson("{\"kind\": \"youtube#video\", \"id\": \"vid123\"}")));

        PostResult result = client.post(post);

        assertThat(result).isEqualTo(
                new PostResult.Delivered("vid123", URI.create("https://www.youtube.com/watch?v=vid123")));
        youtube.verify(1, postRequestedFor(urlPathEqualTo(INSERT))
                .withQueryParam("uploadType", equalTo("resumable"))
                .withQueryParam("part", equalTo("snippet,status"))
                .withHeader("Authorization", equalTo("Bearer ya29.token"))
                .withHeader("X-Upload-Content-Length", equalTo(String.valueOf(VIDEO.length)))
                .withHeader("X-Upload-Content-Type", equalTo("video/mp4"))
                .withRequestBody(equalToJson("""
                        {"snippet": {"title": "Lễ hội Hậu Giang", "description": "Mô tả video\\n\\n#hgitem7v3",
                                     "tags": ["Hậu Giang", "lễ hội"]},
                         "status": {"privacyStatus": "public"}}""")));
        youtube.verify(1, putRequestedFor(urlPathEqualTo(INSERT))
                .withQueryParam("upload_id", equalTo("UP1"))
                .withHeader("Authorization", equalTo("Bearer ya29.token"))
                .withHeader("Content-Type", equalTo("video/mp4"))
                .withRequestBody(binaryEqualTo(VIDEO)));
    }

    @Test
    void quotaExceededIsRateLimitedUntilMidnightPacific() {
        youtube.stubFor(post(urlPathEqualTo(INSERT)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"code": 403, "message": "The request cannot be completed because you have exceeded your quota.",
                          "errors": [{"message": "quota", "domain": "youtube.quota", "reason": "quotaExceeded"}]}}""")));

        PostResult result = client.post(post);

        assertThat(result).isInstanceOf(PostResult.RateLimited.class);
        assertThat(((PostResult.RateLimited) result).retryAfter()).isEqualTo(Duration.ofHours(12));
        youtube.verify(0, putRequestedFor(urlPathEqualTo(INSERT)));
    }

    @Test
    void unauthorisedTokenNeedsReauthorisation() {
        youtube.stubFor(post(urlPathEqualTo(INSERT)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"code": 401, "message": "Invalid Credentials",
                          "errors": [{"domain": "global", "reason": "authError", "location": "Authorization"}]}}""")));

        assertThat(client.post(post)).isInstanceOf(PostResult.NeedsReauthorisation.class);
    }

    @Test
    void serverErrorOnTheUploadIsUnknownAndNotResent() {
        youtube.stubFor(post(urlPathEqualTo(INSERT)).willReturn(aResponse().withStatus(200)
                .withHeader("Location", youtube.baseUrl() + INSERT + "?uploadType=resumable&upload_id=UP2")));
        youtube.stubFor(put(urlPathEqualTo(INSERT)).willReturn(aResponse().withStatus(503)));

        assertThat(client.post(post)).isInstanceOf(PostResult.Unknown.class);
        youtube.verify(1, putRequestedFor(urlPathEqualTo(INSERT)));
    }

    @Test
    void reconcileFindsTheVideoByMarkerInTheUploadsPlaylist() {
        youtube.stubFor(get(urlPathEqualTo("/youtube/v3/channels")).willReturn(okJson("""
                {"items": [{"id": "UCabc", "contentDetails": {"relatedPlaylists": {"uploads": "UUabc"}}}]}""")));
        youtube.stubFor(get(urlPathEqualTo("/youtube/v3/playlistItems")).willReturn(okJson("""
                {"items": [
                  {"snippet": {"title": "Khác", "description": "khác #hgitem7v2", "resourceId": {"kind": "youtube#video", "videoId": "old"}}},
                  {"snippet": {"title": "Lễ hội Hậu Giang", "description": "Mô tả video\\n\\n#hgitem7v3", "resourceId": {"kind": "youtube#video", "videoId": "vid123"}}}
                ]}""")));

        assertThat(client.reconcile(post, SENT_FROM)).contains(
                new PostResult.Delivered("vid123", URI.create("https://www.youtube.com/watch?v=vid123")));
        youtube.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/youtube/v3/playlistItems")).withQueryParam("playlistId", equalTo("UUabc"))
                .withHeader("Authorization", equalTo("Bearer ya29.token")));
    }

    @Test
    void editReplacesTheSnippetKeepingTheCategory() {
        youtube.stubFor(get(urlPathEqualTo("/youtube/v3/videos")).withQueryParam("id", equalTo("vid123"))
                .willReturn(okJson("""
                        {"items": [{"id": "vid123", "snippet": {"title": "Cũ", "description": "cũ #hgitem7v2",
                          "categoryId": "25"}}]}""")));
        youtube.stubFor(put(urlPathEqualTo("/youtube/v3/videos")).willReturn(okJson("{\"id\": \"vid123\"}")));

        assertThat(client.edit("vid123", post)).isEqualTo(
                new PostResult.Delivered("vid123", URI.create("https://www.youtube.com/watch?v=vid123")));
        youtube.verify(1, putRequestedFor(urlPathEqualTo("/youtube/v3/videos")).withQueryParam("part", equalTo("snippet"))
                .withHeader("Authorization", equalTo("Bearer ya29.token"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson("""
                        {"id": "vid123", "snippet": {"title": "Lễ hội Hậu Giang",
                          "description": "Mô tả video\\n\\n#hgitem7v3", "tags": ["Hậu Giang", "lễ hội"],
                          "categoryId": "25"}}""")));
        youtube.verify(0, com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo(INSERT)));
    }

    @Test
    void editOfAVideoNoLongerListedIsRefusedWithoutAnUpdate() {
        youtube.stubFor(get(urlPathEqualTo("/youtube/v3/videos")).willReturn(okJson("{\"items\": []}")));

        assertThat(client.edit("gone", post)).isInstanceOf(PostResult.Failed.class);
        youtube.verify(0, putRequestedFor(urlPathEqualTo("/youtube/v3/videos")));
    }
}
