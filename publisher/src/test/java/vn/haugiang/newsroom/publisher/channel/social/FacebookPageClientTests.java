package vn.haugiang.newsroom.publisher.channel.social;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

/** Contract tests against a stub that follows the Graph API's request and answer shapes. */
class FacebookPageClientTests {

    private static final WireMockServer graph = new WireMockServer(wireMockConfig().dynamicPort());
    private static final String FEED = "/v24.0/1234/feed";
    /** When the delivery was first sent: these clients match the marker whatever the posts' times. */
    private static final Instant SENT_FROM = Instant.parse("2026-11-29T10:00:00Z");
    private static final String POSTS = "/v24.0/1234/posts";

    private FacebookPageClient client;
    private final SocialPost post = new SocialPost("3f9a1c2b-7d4e-4c1a-9b2e-000000000001", 2, null,
            "Hậu Giang khởi công cầu mới", URI.create("https://haugiang.example/tin/cau-moi"), null, List.of(),
            SocialPost.markerFor("3f9a1c2b-7d4e-4c1a-9b2e-000000000001", 2));

    @BeforeAll
    static void startStub() {
        graph.start();
    }

    @AfterAll
    static void stopStub() {
        graph.stop();
    }

    @BeforeEach
    void setUp() {
        graph.resetAll();
        client = clientWithReadTimeout(Duration.ofSeconds(2));
    }

    private static FacebookPageClient clientWithReadTimeout(Duration readTimeout) {
        return new FacebookPageClient(new SocialClientSettings(URI.create(graph.baseUrl() + "/v24.0"),
                Duration.ofSeconds(1), readTimeout), new FacebookPageClient.Credentials("1234", "page-token"));
    }

    @Test
    void feedPostSendsMessageWithMarkerLinkAndTokenAndIsDelivered() {
        graph.stubFor(post(FEED).willReturn(okJson("{\"id\": \"1234_5678\"}")));

        PostResult result = client.post(post);

        assertThat(result).isEqualTo(
                new PostResult.Delivered("1234_5678", URI.create("https://www.facebook.com/1234_5678")));
        graph.verify(1, postRequestedFor(urlPathEqualTo(FEED))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withFormParam("message", equalTo("Hậu Giang khởi công cầu mới\n\n#hg3f9a1c2b7d4ev2"))
                .withFormParam("link", equalTo("https://haugiang.example/tin/cau-moi"))
                .withFormParam("access_token", equalTo("page-token")));
    }

    @Test
    void photoPostGoesToPhotosEdgeAndUsesTheFeedPostId() {
        graph.stubFor(post("/v24.0/1234/photos").willReturn(okJson("{\"id\": \"999\", \"post_id\": \"1234_777\"}")));
        SocialPost photo = new SocialPost("item-1", 1, null, "Ảnh", null,
                SocialPost.Media.photo(URI.create("https://cdn.example/a.jpg")), List.of(), "#hgitem1v1");

        assertThat(client.post(photo)).extracting(r -> ((PostResult.Delivered) r).externalId()).isEqualTo("1234_777");
        graph.verify(postRequestedFor(urlPathEqualTo("/v24.0/1234/photos"))
                .withFormParam("url", equalTo("https://cdn.example/a.jpg"))
                .withFormParam("message", equalTo("Ảnh\n\n#hgitem1v1")));
    }

    @Test
    void serverErrorAfterCreateIsUnknownAndReconcileFindsTheOnePost() {
        graph.stubFor(post(FEED).willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"message\": \"An unknown error has occurred.\", \"type\": \"OAuthException\","
                        + " \"code\": 1, \"fbtrace_id\": \"AbC\"}}")));
        graph.stubFor(get(urlPathEqualTo(POSTS)).willReturn(okJson("""
                {"data": [
                  {"id": "1234_1", "message": "Older post #hg3f9a1c2b7d4ev21", "created_time": "2026-11-29T08:00:00+0000"},
                  {"id": "1234_5678", "message": "Hậu Giang khởi công cầu mới\\n\\n#hg3f9a1c2b7d4ev2",
                   "permalink_url": "https://www.facebook.com/1234/posts/5678", "created_time": "2026-11-29T09:00:00+0000"}
                ], "paging": {}}""")));

        PostResult result = client.post(post);
        assertThat(result).isInstanceOf(PostResult.Unknown.class);
        assertThat(result.reason()).contains("500").contains("fbtrace_id AbC");

        assertThat(client.reconcile(post, SENT_FROM)).contains(
                new PostResult.Delivered("1234_5678", URI.create("https://www.facebook.com/1234/posts/5678")));
        graph.verify(1, postRequestedFor(urlPathEqualTo(FEED)));
        graph.verify(1, getRequestedFor(urlPathEqualTo(POSTS))
                .withQueryParam("fields", equalTo("id,message,permalink_url,created_time"))
                .withQueryParam("access_token", equalTo("page-token")));
    }

    @Test
    void reconcileDoesNotTakeALongerMarkerForThisOne() {
        graph.stubFor(get(urlPathEqualTo(POSTS)).willReturn(okJson(
                "{\"data\": [{\"id\": \"1234_1\", \"message\": \"x #hg3f9a1c2b7d4ev21\"}]}")));

        assertThat(client.reconcile(post, SENT_FROM)).isEmpty();
    }

    @Test
    void reconcileThatCannotReadThePageThrowsRatherThanSayingNotFound() {
        graph.stubFor(get(urlPathEqualTo(POSTS)).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> client.reconcile(post, SENT_FROM)).isInstanceOf(ReconcileException.class).hasMessageContaining("503");
    }

    @Test
    void answerSlowerThanTheReadTimeoutIsUnknownAndSentOnce() {
        graph.stubFor(post(FEED).willReturn(okJson("{\"id\": \"1234_5678\"}").withFixedDelay(1_500)));

        PostResult result = clientWithReadTimeout(Duration.ofMillis(300)).post(post);

        assertThat(result).isInstanceOf(PostResult.Unknown.class);
        graph.verify(1, postRequestedFor(urlPathEqualTo(FEED)));
    }

    @Test
    void code32WithBusinessUseCaseHeaderIsRateLimitedForTheEstimatedTime() {
        graph.stubFor(post(FEED).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Business-Use-Case-Usage", "{\"1234\": [{\"type\": \"pages\", \"call_count\": 100,"
                        + " \"total_cputime\": 20, \"total_time\": 30, \"estimated_time_to_regain_access\": 17}]}")
                .withBody("{\"error\": {\"message\": \"User request limit reached\", \"type\": \"OAuthException\","
                        + " \"code\": 32, \"fbtrace_id\": \"X1\"}}")));

        PostResult result = client.post(post);

        assertThat(result).isInstanceOf(PostResult.RateLimited.class);
        assertThat(((PostResult.RateLimited) result).retryAfter()).isEqualTo(Duration.ofMinutes(17));
        graph.verify(1, postRequestedFor(urlPathEqualTo(FEED)));
    }

    @Test
    void code4WithoutUsageHeaderWaitsTheDefault() {
        graph.stubFor(post(FEED).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"message\": \"Application request limit reached\", \"code\": 4}}")));

        assertThat(client.post(post)).isEqualTo(new PostResult.RateLimited(GraphErrors.DEFAULT_RATE_LIMIT_WAIT,
                "Graph rate limit: Application request limit reached (code 4)"));
    }

    @Test
    void code190NeedsReauthorisation() {
        graph.stubFor(post(FEED).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"message\": \"Error validating access token: Session has expired\","
                        + " \"type\": \"OAuthException\", \"code\": 190, \"error_subcode\": 463, \"fbtrace_id\": \"T\"}}")));

        PostResult result = client.post(post);

        assertThat(result).isInstanceOf(PostResult.NeedsReauthorisation.class);
        assertThat(result.reason()).contains("Session has expired").contains("subcode 463");
    }

    @Test
    void code100IsFailedWithTheApiMessage() {
        graph.stubFor(post(FEED).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"message\": \"(#100) Invalid parameter\", \"type\": \"OAuthException\","
                        + " \"code\": 100, \"fbtrace_id\": \"P\"}}")));

        assertThat(client.post(post)).isEqualTo(new PostResult.Failed(400,
                "Graph refused the post: (#100) Invalid parameter (code 100, fbtrace_id P)"));
    }

    @Test
    void editPostsTheNewMessageToThePagePostAndKeepsItsId() {
        graph.stubFor(post("/v24.0/1234_5678").willReturn(okJson("{\"success\": true}")));

        assertThat(client.edit("1234_5678", post)).isEqualTo(
                new PostResult.Delivered("1234_5678", URI.create("https://www.facebook.com/1234_5678")));
        graph.verify(1, postRequestedFor(urlPathEqualTo("/v24.0/1234_5678"))
                .withFormParam("message", equalTo("Hậu Giang khởi công cầu mới\n\n" + post.marker()))
                .withFormParam("access_token", equalTo("page-token")));
        graph.verify(0, postRequestedFor(urlPathEqualTo(FEED)));
    }

    @Test
    void editOfADeletedPostIsRefused() {
        graph.stubFor(post("/v24.0/1234_5678").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(DELETED)));

        PostResult result = client.edit("1234_5678", post);

        assertThat(result).isInstanceOf(PostResult.Failed.class);
        assertThat(result.reason()).contains("code 100").contains("subcode 33");
    }

    @Test
    void editOfAVideoSetsItsDescription() {
        graph.stubFor(post("/v24.0/998877").willReturn(okJson("{\"success\": true}")));

        assertThat(client.edit("998877", post)).isEqualTo(new PostResult.Delivered("998877", null));
        graph.verify(1, postRequestedFor(urlPathEqualTo("/v24.0/998877"))
                .withFormParam("description", equalTo("Hậu Giang khởi công cầu mới\n\n" + post.marker())));
    }

    @Test
    void findReadsOnePostForTheMarkerAndADeletedOneIsNotFound() {
        graph.stubFor(get(urlPathEqualTo("/v24.0/1234_5678")).willReturn(okJson("""
                {"id": "1234_5678", "message": "Đã sửa\\n\\n%s", "permalink_url": "https://www.facebook.com/1234/posts/5678"}
                """.formatted(post.marker()))));
        graph.stubFor(get(urlPathEqualTo("/v24.0/1234_9999")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(DELETED)));

        assertThat(client.find("1234_5678", post)).contains(
                new PostResult.Delivered("1234_5678", URI.create("https://www.facebook.com/1234/posts/5678")));
        assertThat(client.find("1234_9999", post)).isEmpty();
    }

    /** Graph's answer for a post that was deleted (or cannot be seen by the token). */
    private static final String DELETED = "{\"error\": {\"message\": \"Unsupported post request. Object with ID"
            + " '1234_5678' does not exist, cannot be loaded due to missing permissions, or does not support this"
            + " operation.\", \"type\": \"GraphMethodException\", \"code\": 100, \"error_subcode\": 33,"
            + " \"fbtrace_id\": \"Del\"}}";
}
