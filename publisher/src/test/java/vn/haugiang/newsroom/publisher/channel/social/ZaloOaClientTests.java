package vn.haugiang.newsroom.publisher.channel.social;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

/** Contract tests against a stub that follows the Zalo OA article API shapes. */
class ZaloOaClientTests {

    private static final WireMockServer zalo = new WireMockServer(wireMockConfig().dynamicPort());

    /** When the delivery was first sent. */
    private static final Instant SENT_FROM = Instant.parse("2026-11-29T10:00:00Z");

    private ZaloOaClient client;
    private final SocialPost post = new SocialPost("item-9", 1, "Hậu Giang mùa nước nổi", "Tóm tắt bài viết",
            URI.create("https://haugiang.example/tin/nuoc-noi"),
            SocialPost.Media.photo(URI.create("https://cdn.example/cover.jpg")), List.of(), "#hgitem9v1");

    @BeforeAll
    static void startStub() {
        zalo.start();
    }

    @AfterAll
    static void stopStub() {
        zalo.stop();
    }

    @BeforeEach
    void setUp() {
        zalo.resetAll();
        client = new ZaloOaClient(new SocialClientSettings(URI.create(zalo.baseUrl()), Duration.ofSeconds(1),
                Duration.ofSeconds(2)), new ZaloOaClient.Credentials("oa-token"), "Đài PT-TH Hậu Giang");
    }

    @Test
    void articleIsCreatedWithTokenHeaderAndVerifiedToItsId() {
        zalo.stubFor(post("/v2.0/article/create").willReturn(okJson(
                "{\"data\": {\"token\": \"tok-1\"}, \"error\": 0, \"message\": \"Success\"}")));
        zalo.stubFor(post("/v2.0/article/verify").willReturn(okJson(
                "{\"data\": {\"id\": \"art-42\"}, \"error\": 0, \"message\": \"Success\"}")));

        assertThat(client.post(post)).isEqualTo(new PostResult.Delivered("art-42", null));
        zalo.verify(1, postRequestedFor(urlPathEqualTo("/v2.0/article/create"))
                .withHeader("access_token", equalTo("oa-token"))
                .withRequestBody(equalToJson("""
                        {"type": "normal", "title": "Hậu Giang mùa nước nổi", "author": "Đài PT-TH Hậu Giang",
                         "cover": {"cover_type": "photo", "photo_url": "https://cdn.example/cover.jpg", "status": "show"},
                         "description": "Tóm tắt bài viết",
                         "body": [{"type": "text",
                                   "content": "Tóm tắt bài viết\\n\\nhttps://haugiang.example/tin/nuoc-noi\\n\\n#hgitem9v1"}],
                         "status": "show", "comment": "show"}""")));
        zalo.verify(postRequestedFor(urlPathEqualTo("/v2.0/article/verify"))
                .withRequestBody(equalToJson("{\"token\": \"tok-1\"}")));
    }

    @Test
    void invalidAccessTokenNeedsReauthorisation() {
        zalo.stubFor(post("/v2.0/article/create").willReturn(okJson(
                "{\"error\": -216, \"message\": \"Access token is invalid\"}")));

        PostResult result = client.post(post);

        assertThat(result).isInstanceOf(PostResult.NeedsReauthorisation.class);
        assertThat(result.reason()).contains("-216");
    }

    @Test
    void otherApiErrorIsFailedWithItsMessage() {
        zalo.stubFor(post("/v2.0/article/create").willReturn(okJson(
                "{\"error\": -201, \"message\": \"Parameters are invalid\"}")));

        assertThat(client.post(post)).isEqualTo(
                new PostResult.Failed(200, "Zalo refused the article: Parameters are invalid (error -201)"));
    }

    @Test
    void serverErrorIsUnknownAndSentOnce() {
        zalo.stubFor(post("/v2.0/article/create").willReturn(aResponse().withStatus(502)));

        assertThat(client.post(post)).isInstanceOf(PostResult.Unknown.class);
        zalo.verify(1, postRequestedFor(urlPathEqualTo("/v2.0/article/create")));
    }

    @Test
    void reconcileMatchesTheMarkerNotTheTitleAmongArticlesWithTheSameHeadline() {
        long sent = SENT_FROM.toEpochMilli();
        zalo.stubFor(get(urlPathEqualTo("/v2.0/article/getslice")).willReturn(okJson("""
                {"error": 0, "message": "Success", "data": {"medias": [
                  {"id": "art-43", "title": "Hậu Giang mùa nước nổi", "type": "normal", "create_date": %d},
                  {"id": "art-42", "title": "Hậu Giang mùa nước nổi", "type": "normal", "create_date": %d},
                  {"id": "art-7", "title": "Hậu Giang mùa nước nổi", "type": "normal", "create_date": %d}],
                 "total": 3}}""".formatted(sent + 60_000, sent + 30_000, sent - 86_400_000))));
        // art-43 repeats the headline (another item, or a correction): its marker is another one.
        detail("art-43", "Hậu Giang mùa nước nổi", "Tin khác cùng tựa\\n\\n#hgitem9v2");
        detail("art-42", "Hậu Giang mùa nước nổi", "Tóm tắt bài viết\\n\\n#hgitem9v1");

        assertThat(client.reconcile(post, SENT_FROM)).contains(new PostResult.Delivered("art-42", null));
        // art-7 was created a day before the first attempt: its details are never read.
        zalo.verify(0, getRequestedFor(urlPathEqualTo("/v2.0/article/getdetail")).withQueryParam("id", equalTo("art-7")));
    }

    @Test
    void reconcileFindsAnArticleWhoseTitleZaloChanged() {
        zalo.stubFor(get(urlPathEqualTo("/v2.0/article/getslice")).willReturn(okJson("""
                {"error": 0, "message": "Success", "data": {"medias": [
                  {"id": "art-50", "title": "Tựa do biên tập OA đặt lại", "type": "normal"}], "total": 1}}""")));
        detail("art-50", "Tựa do biên tập OA đặt lại", "Tóm tắt bài viết\\n\\n#hgitem9v1");

        assertThat(client.reconcile(post, SENT_FROM)).contains(new PostResult.Delivered("art-50", null));
    }

    @Test
    void reconcileWithoutTheMarkerFindsNothingEvenWithTheSameTitle() {
        zalo.stubFor(get(urlPathEqualTo("/v2.0/article/getslice")).willReturn(okJson("""
                {"error": 0, "message": "Success", "data": {"medias": [
                  {"id": "art-43", "title": "Hậu Giang mùa nước nổi", "type": "normal"}], "total": 1}}""")));
        detail("art-43", "Hậu Giang mùa nước nổi", "Bài cũ\\n\\n#hgitem9v12");

        assertThat(client.reconcile(post, SENT_FROM)).isEmpty();
    }

    @Test
    void editUpdatesTheArticleByIdWithTheNewTextAndMarker() {
        zalo.stubFor(post("/v2.0/article/update").willReturn(okJson(
                "{\"data\": {\"token\": \"tok-2\"}, \"error\": 0, \"message\": \"Success\"}")));
        SocialPost corrected = new SocialPost("item-9", 2, "Hậu Giang mùa nước nổi (đính chính)", "Tóm tắt đã sửa",
                null, SocialPost.Media.photo(URI.create("https://cdn.example/cover.jpg")), List.of(), "#hgitem9v2");

        assertThat(client.edit("art-42", corrected)).isEqualTo(new PostResult.Delivered("art-42", null));
        zalo.verify(1, postRequestedFor(urlPathEqualTo("/v2.0/article/update"))
                .withHeader("access_token", equalTo("oa-token"))
                .withRequestBody(equalToJson("""
                        {"id": "art-42", "type": "normal", "title": "Hậu Giang mùa nước nổi (đính chính)",
                         "author": "Đài PT-TH Hậu Giang",
                         "cover": {"cover_type": "photo", "photo_url": "https://cdn.example/cover.jpg", "status": "show"},
                         "description": "Tóm tắt đã sửa",
                         "body": [{"type": "text", "content": "Tóm tắt đã sửa\\n\\n#hgitem9v2"}],
                         "status": "show", "comment": "show"}""")));
        zalo.verify(0, postRequestedFor(urlPathEqualTo("/v2.0/article/create")));
    }

    @Test
    void anArticleKnownOnlyByItsTokenIsNotEditedButRefused() {
        assertThat(client.edit("token:tok-1", post)).isInstanceOf(PostResult.Failed.class);
        zalo.verify(0, postRequestedFor(urlPathEqualTo("/v2.0/article/update")));
    }

    @Test
    void findReadsTheEarlierArticleForTheNewMarker() {
        detail("art-42", "Hậu Giang mùa nước nổi", "Tóm tắt bài viết\\n\\n#hgitem9v1");

        assertThat(client.find("art-42", post)).contains(new PostResult.Delivered("art-42", null));
    }

    private void detail(String id, String title, String content) {
        zalo.stubFor(get(urlPathEqualTo("/v2.0/article/getdetail")).withQueryParam("id", equalTo(id))
                .willReturn(okJson("""
                        {"error": 0, "message": "Success", "data": {"id": "%s", "title": "%s",
                          "body": [{"type": "text", "content": "%s"}]}}""".formatted(id, title, content))));
    }
}
