package vn.haugiang.newsroom.publisher.channel.social;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

import vn.haugiang.newsroom.publisher.delivery.ChannelKind;
import vn.haugiang.newsroom.publisher.delivery.ClaimedDelivery;
import vn.haugiang.newsroom.publisher.delivery.Deliveries;
import vn.haugiang.newsroom.publisher.delivery.Outcome;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/**
 * The Facebook sender and reconcile against real PostgreSQL and a WireMock Graph API that answers as the real one
 * does, failures included: claim → send → record, as the publish job runs them.
 */
@SpringBootTest
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class SocialPublishingTests {

    private static final WireMockServer graph = new WireMockServer(wireMockConfig().dynamicPort());
    private static final String INSTANCE = "test-social-" + UUID.randomUUID();
    private static final String PAGE = "1234567890";

    static {
        graph.start();
    }

    @DynamicPropertySource
    static void socialApis(DynamicPropertyRegistry registry) {
        registry.add("newsroom.social.facebook.base-url", () -> graph.baseUrl() + "/v26.0");
        registry.add("newsroom.social.facebook.read-timeout", () -> "PT2S");
        registry.add("newsroom.social.facebook.rate-limit-backoff", () -> "PT7M");
        // Not found right away means sent again: these tests do not wait out a grace period.
        registry.add("newsroom.social.reconcile-grace", () -> "PT0S");
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Deliveries deliveries;

    @Autowired
    SocialPublishing publishing;

    @Autowired
    SocialReconciliation reconciliation;

    @Autowired
    SocialChannels channels;

    SocialFixtures fx;
    String facebook;

    @BeforeEach
    void setUp() {
        graph.resetAll();
        fx = new SocialFixtures(jdbc);
        facebook = fx.channel("facebook");
        channels.storeCredentials(facebook, Map.of("pageId", PAGE, "accessToken", "page-token"));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @AfterAll
    static void stopStub() {
        graph.stop();
    }

    @Test
    void graph500AfterCreatingThePostEndsWithExactlyOnePost() {
        UUID item = fx.publishedItem("Hậu Giang khởi công cầu Cái Tắc");
        UUID delivery = fx.delivery(item, facebook, "pending", null);
        String marker = SocialFixtures.markerV1(item);
        graph.stubFor(post(feed()).willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"message\": \"An unknown error has occurred.\", \"type\": \"OAuthException\","
                        + " \"code\": 1, \"is_transient\": true, \"fbtrace_id\": \"AbC\"}}")));
        graph.stubFor(get(urlPathEqualTo("/v26.0/" + PAGE + "/posts")).willReturn(okJson("""
                {"data": [
                  {"id": "%s_111", "message": "Tin khác #hgaaaaaaaaaaaav1", "created_time": "2026-11-29T10:00:00+0000"},
                  {"id": "%s_222", "message": "Hậu Giang khởi công cầu Cái Tắc\\n\\n%s",
                   "permalink_url": "https://www.facebook.com/%s/posts/222", "created_time": "2026-11-29T10:01:00+0000"}
                ]}""".formatted(PAGE, PAGE, marker, PAGE))));

        runOnce();
        assertThat(fx.row(delivery).state()).isEqualTo("unknown");
        runOnce();
        SocialReconciliation.Reconciled reconciled = reconciliation.reconcile(INSTANCE, 100);
        runOnce();

        assertThat(reconciled.found()).isGreaterThanOrEqualTo(1);
        graph.verify(1, postRequestedFor(feed()));
        SocialFixtures.Row row = fx.row(delivery);
        assertThat(row.state()).isEqualTo("delivered");
        assertThat(row.externalId()).isEqualTo(PAGE + "_222");
        assertThat(row.externalUrl()).isEqualTo("https://www.facebook.com/" + PAGE + "/posts/222");
        assertThat(fx.events(delivery)).containsExactly("pending→in_progress", "in_progress→unknown", "unknown→delivered");
    }

    @Test
    void anUnknownPostNotFoundAfterTheGracePeriodIsSentOnceMore() {
        UUID item = fx.publishedItem("Tin gửi lại");
        UUID delivery = fx.delivery(item, facebook, "pending", null);
        graph.stubFor(post(feed()).inScenario("create").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        graph.stubFor(post(feed()).inScenario("create").whenScenarioStateIs("up")
                .willReturn(okJson("{\"id\": \"" + PAGE + "_333\"}")));
        graph.stubFor(get(urlPathEqualTo("/v26.0/" + PAGE + "/posts")).willReturn(okJson("{\"data\": []}")));

        runOnce();
        SocialReconciliation.Reconciled reconciled = reconciliation.reconcile(INSTANCE, 100);
        assertThat(fx.row(delivery).state()).isEqualTo("failed_retryable");
        runOnce();

        assertThat(reconciled.sendAgain()).isGreaterThanOrEqualTo(1);
        graph.verify(2, postRequestedFor(feed()));
        assertThat(fx.row(delivery).state()).isEqualTo("delivered");
        assertThat(fx.row(delivery).externalId()).isEqualTo(PAGE + "_333");
    }

    @Test
    void anUnreadableFeedLeavesTheDeliveryUnknownAndNothingIsSentAgain() {
        UUID delivery = fx.delivery(fx.publishedItem("Tin chưa rõ"), facebook, "pending", null);
        graph.stubFor(post(feed()).willReturn(aResponse().withStatus(502)));
        graph.stubFor(get(urlPathEqualTo("/v26.0/" + PAGE + "/posts")).willReturn(aResponse().withStatus(500)));

        runOnce();
        SocialReconciliation.Reconciled reconciled = reconciliation.reconcile(INSTANCE, 100);
        runOnce();

        assertThat(reconciled.unchecked()).isGreaterThanOrEqualTo(1);
        assertThat(fx.row(delivery).state()).isEqualTo("unknown");
        graph.verify(1, postRequestedFor(feed()));
    }

    @Test
    void code190PausesTheChannelVisiblyAndItsDeliveriesWaitUntilNewCredentials() {
        UUID first = fx.delivery(fx.publishedItem("Tin một"), facebook, "pending", null);
        UUID second = fx.delivery(fx.publishedItem("Tin hai"), facebook, "pending", null);
        graph.stubFor(post(feed()).inScenario("token").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(
                        "{\"error\": {\"message\": \"Error validating access token: Session has expired.\","
                                + " \"type\": \"OAuthException\", \"code\": 190, \"error_subcode\": 463,"
                                + " \"fbtrace_id\": \"XyZ\"}}"))
                .willSetStateTo("renewed"));
        graph.stubFor(post(feed()).inScenario("token").whenScenarioStateIs("renewed")
                .willReturn(okJson("{\"id\": \"" + PAGE + "_444\"}")));

        runOnce();
        runOnce();

        graph.verify(1, postRequestedFor(feed()));
        Map<String, Object> channel = fx.channelRow(facebook);
        assertThat(channel.get("status")).isEqualTo("needs_reauthorisation");
        assertThat((String) channel.get("status_reason")).contains("Session has expired").contains("code 190");
        assertThat(fx.row(first).state()).isEqualTo("pending");
        assertThat(fx.row(second).state()).isEqualTo("pending");

        channels.storeCredentials(facebook, Map.of("pageId", PAGE, "accessToken", "renewed-token"));
        runOnce();

        assertThat(fx.channelRow(facebook).get("status")).isEqualTo("active");
        assertThat(fx.row(first).state()).isEqualTo("delivered");
        assertThat(fx.row(second).state()).isEqualTo("delivered");
        graph.verify(2, postRequestedFor(feed()).withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.containing("access_token=renewed-token")));
    }

    @Test
    void code32ReschedulesAtTheTimeTheBusinessUseCaseHeaderGives() {
        UUID delivery = fx.delivery(fx.publishedItem("Tin bị giới hạn"), facebook, "pending", null);
        graph.stubFor(post(feed()).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Business-Use-Case-Usage", "{\"" + PAGE + "\": [{\"type\": \"pages\", \"call_count\": 100,"
                        + " \"total_cputime\": 25, \"total_time\": 25, \"estimated_time_to_regain_access\": 19}]}")
                .withBody("{\"error\": {\"message\": \"(#32) Page request limit reached\", \"type\": \"OAuthException\","
                        + " \"code\": 32, \"fbtrace_id\": \"Q\"}}")));

        Instant before = Instant.now();
        runOnce();

        SocialFixtures.Row row = fx.row(delivery);
        assertThat(row.state()).isEqualTo("failed_retryable");
        assertThat(row.dueAt()).isCloseTo(before.plus(Duration.ofMinutes(19)), within(30, ChronoUnit.SECONDS));
        assertThat(row.error()).contains("Page request limit reached").contains("code 32");
        graph.verify(1, postRequestedFor(feed()));
    }

    @Test
    void http429ReschedulesAtRetryAfter() {
        UUID delivery = fx.delivery(fx.publishedItem("Tin 429"), facebook, "pending", null);
        graph.stubFor(post(feed()).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));

        Instant before = Instant.now();
        runOnce();

        SocialFixtures.Row row = fx.row(delivery);
        assertThat(row.state()).isEqualTo("failed_retryable");
        assertThat(row.dueAt()).isCloseTo(before.plusSeconds(120), within(30, ChronoUnit.SECONDS));
    }

    @Test
    void aRateLimitWithoutAWaitHeaderUsesTheConfiguredBackoff() {
        UUID delivery = fx.delivery(fx.publishedItem("Tin mã 4"), facebook, "pending", null);
        graph.stubFor(post(feed()).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"message\": \"(#4) Application request limit reached\", \"code\": 4}}")));

        Instant before = Instant.now();
        runOnce();

        SocialFixtures.Row row = fx.row(delivery);
        assertThat(row.state()).isEqualTo("failed_retryable");
        assertThat(row.dueAt()).isCloseTo(before.plus(Duration.ofMinutes(7)), within(30, ChronoUnit.SECONDS));
    }

    @Test
    void anotherRefusalFailsForGoodWithTheApisMessage() {
        UUID delivery = fx.delivery(fx.publishedItem("Tin bị từ chối"), facebook, "pending", null);
        graph.stubFor(post(feed()).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"message\": \"(#100) Invalid parameter\", \"type\": \"OAuthException\","
                        + " \"code\": 100, \"fbtrace_id\": \"R\"}}")));

        runOnce();
        runOnce();

        SocialFixtures.Row row = fx.row(delivery);
        assertThat(row.state()).isEqualTo("failed_permanent");
        assertThat(row.httpStatus()).isEqualTo(400);
        assertThat(row.error()).contains("(#100) Invalid parameter");
        graph.verify(1, postRequestedFor(feed()));
    }

    @Test
    void aSupersededVersionIsNeverPosted() {
        UUID item = fx.publishedItem("Tin đã đính chính");
        UUID delivery = fx.delivery(item, facebook, "pending", null);
        fx.correct(item);

        runOnce();

        assertThat(fx.row(delivery).state()).isEqualTo("failed_permanent");
        assertThat(fx.row(delivery).error()).isEqualTo("superseded: item is at version 2");
        graph.verify(0, postRequestedFor(feed()));
    }

    @Test
    void thePostLinksTheItemsWebPageAndUsesTheEditorsText(@Autowired SocialSources sources) {
        UUID item = fx.publishedItem("Tin có trang web");
        String web = fx.channel("web");
        fx.delivery(item, web, "delivered", "https://web.example/tin/co-trang.html");
        UUID delivery = fx.delivery(item, facebook, "pending", null);
        sources.storeEdit(item, facebook, null, "Lời giới thiệu của biên tập viên", "bientap.bhg");
        graph.stubFor(post(feed()).willReturn(okJson("{\"id\": \"" + PAGE + "_555\"}")));

        runOnce();

        assertThat(fx.row(delivery).state()).isEqualTo("delivered");
        graph.verify(1, postRequestedFor(feed())
                .withFormParam("message", equalTo("Lời giới thiệu của biên tập viên\n\n" + SocialFixtures.markerV1(item)))
                .withFormParam("link", equalTo("https://web.example/tin/co-trang.html")));
    }

    @Test
    void aChannelWithoutCredentialsIsFlaggedBeforeAnythingIsSent() {
        String bare = fx.channel("facebook");
        UUID delivery = fx.delivery(fx.publishedItem("Tin không khoá"), bare, "pending", null);

        runOnce();

        assertThat(fx.row(delivery).state()).isEqualTo("pending");
        assertThat(fx.channelRow(bare).get("status")).isEqualTo("needs_reauthorisation");
        assertThat((String) fx.channelRow(bare).get("status_reason")).contains("no credentials stored");
        graph.verify(0, postRequestedFor(feed()));
    }

    @Test
    void aCorrectionEditsTheEarlierPostOnceAndCreatesNothing(@Autowired SocialSources sources) {
        Correction c = corrected("Tin sẽ được đính chính", "pending");
        UUID item = c.item();
        UUID correction = c.delivery();
        sources.storeEdit(item, facebook, null, "Bản đã đính chính", "bientap.bhg");
        graph.stubFor(post(urlPathEqualTo("/v26.0/" + PAGE + "_100")).willReturn(okJson("{\"success\": true}")));

        runOnce();
        runOnce();

        graph.verify(1, postRequestedFor(urlPathEqualTo("/v26.0/" + PAGE + "_100"))
                .withFormParam("message", equalTo("Bản đã đính chính\n\n" + SocialFixtures.markerV(item, 2))));
        graph.verify(0, postRequestedFor(feed()));
        SocialFixtures.Row row = fx.row(correction);
        assertThat(row.state()).isEqualTo("delivered");
        assertThat(row.externalId()).isEqualTo(PAGE + "_100");
        assertThat(row.externalUrl()).isEqualTo("https://www.facebook.com/" + PAGE + "_100");
    }

    @Test
    void aCorrectionOfADeletedPostPostsAnewOnceAndTheLogSaysWhy() {
        Correction c = corrected("Tin có bài Facebook đã xoá", "pending");
        UUID item = c.item();
        UUID correction = c.delivery();
        graph.stubFor(post(urlPathEqualTo("/v26.0/" + PAGE + "_100")).willReturn(deletedPost()));
        graph.stubFor(post(feed()).willReturn(okJson("{\"id\": \"" + PAGE + "_200\"}")));

        runOnce();
        runOnce();

        graph.verify(1, postRequestedFor(urlPathEqualTo("/v26.0/" + PAGE + "_100")));
        graph.verify(1, postRequestedFor(feed())
                .withFormParam("message", com.github.tomakehurst.wiremock.client.WireMock.containing(
                        SocialFixtures.markerV(item, 2))));
        SocialFixtures.Row row = fx.row(correction);
        assertThat(row.state()).isEqualTo("delivered");
        assertThat(row.externalId()).isEqualTo(PAGE + "_200");
        assertThat(fx.events(correction))
                .containsExactly("pending→in_progress", "in_progress→in_progress", "in_progress→delivered");
        assertThat(fx.eventErrors(correction).get(1)).contains("could not edit post " + PAGE + "_100")
                .contains("subcode 33").contains("posting anew");
    }

    @Test
    void aFallbackPostWhoseOutcomeIsUnknownIsFoundAndNeitherEditedNorPostedAgain() {
        Correction c = corrected("Tin đính chính, đăng lại chưa rõ", "pending");
        UUID item = c.item();
        UUID correction = c.delivery();
        String marker = SocialFixtures.markerV(item, 2);
        graph.stubFor(post(urlPathEqualTo("/v26.0/" + PAGE + "_100")).willReturn(deletedPost()));
        graph.stubFor(get(urlPathEqualTo("/v26.0/" + PAGE + "_100")).willReturn(deletedPost()));
        graph.stubFor(post(feed()).willReturn(aResponse().withStatus(500)));
        graph.stubFor(get(urlPathEqualTo("/v26.0/" + PAGE + "/posts")).willReturn(okJson("""
                {"data": [{"id": "%s_300", "message": "Tin đính chính\\n\\n%s"}]}""".formatted(PAGE, marker))));

        runOnce();
        assertThat(fx.row(correction).state()).isEqualTo("unknown");
        reconciliation.reconcile(INSTANCE, 100);
        runOnce();

        graph.verify(1, postRequestedFor(urlPathEqualTo("/v26.0/" + PAGE + "_100")));
        graph.verify(1, postRequestedFor(feed()));
        assertThat(fx.row(correction).state()).isEqualTo("delivered");
        assertThat(fx.row(correction).externalId()).isEqualTo(PAGE + "_300");
    }

    @Test
    void anEditWhoseOutcomeWasNeverRecordedIsFoundOnTheEarlierPost() {
        // The instance died after the edit: its lease ran out and the delivery became unknown.
        Correction c = corrected("Tin sửa rồi máy dừng", "unknown");
        UUID item = c.item();
        UUID correction = c.delivery();
        graph.stubFor(get(urlPathEqualTo("/v26.0/" + PAGE + "_100")).willReturn(okJson("""
                {"id": "%s_100", "message": "Đã sửa\\n\\n%s", "permalink_url": "https://www.facebook.com/%s/posts/100"}
                """.formatted(PAGE, SocialFixtures.markerV(item, 2), PAGE))));
        graph.stubFor(get(urlPathEqualTo("/v26.0/" + PAGE + "/posts")).willReturn(okJson("{\"data\": []}")));

        reconciliation.reconcile(INSTANCE, 100);
        runOnce();

        SocialFixtures.Row row = fx.row(correction);
        assertThat(row.state()).isEqualTo("delivered");
        assertThat(row.externalId()).isEqualTo(PAGE + "_100");
        assertThat(row.externalUrl()).isEqualTo("https://www.facebook.com/" + PAGE + "/posts/100");
        graph.verify(0, postRequestedFor(urlPathEqualTo("/v26.0/" + PAGE + "_100")));
        graph.verify(0, postRequestedFor(feed()));
    }

    @Test
    void anEditWithoutAnswerIsRepeatedLaterNotLeftUnknown() {
        UUID correction = corrected("Tin sửa không có trả lời", "pending").delivery();
        graph.stubFor(post(urlPathEqualTo("/v26.0/" + PAGE + "_100")).willReturn(aResponse().withStatus(503)));

        Instant before = Instant.now();
        runOnce();

        SocialFixtures.Row row = fx.row(correction);
        assertThat(row.state()).isEqualTo("failed_retryable");
        assertThat(row.dueAt()).isAfter(before);
        assertThat(row.error()).contains("the edit is repeated");
        graph.verify(1, postRequestedFor(urlPathEqualTo("/v26.0/" + PAGE + "_100")));
        graph.verify(0, postRequestedFor(feed()));
    }

    /** An item posted to the Page as {@code PAGE_100} (version 1), then corrected: version 2's delivery in {@code state}. */
    private Correction corrected(String headline, String state) {
        UUID item = fx.publishedItem(headline);
        fx.delivery(item, facebook, 1, "delivered", PAGE + "_100");
        fx.correct(item);
        return new Correction(item, fx.delivery(item, facebook, 2, state, null));
    }

    private record Correction(UUID item, UUID delivery) {
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder deletedPost() {
        return aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(
                "{\"error\": {\"message\": \"Unsupported post request. Object with ID '" + PAGE + "_100' does not"
                        + " exist, cannot be loaded due to missing permissions, or does not support this operation.\","
                        + " \"type\": \"GraphMethodException\", \"code\": 100, \"error_subcode\": 33,"
                        + " \"fbtrace_id\": \"Del\"}}");
    }

    private static com.github.tomakehurst.wiremock.matching.UrlPathPattern feed() {
        return urlPathEqualTo("/v26.0/" + PAGE + "/feed");
    }

    /** One publish pass over due Facebook deliveries, as the job runs it: claim, send, record. */
    private void runOnce() {
        for (ClaimedDelivery claimed : deliveries.claimDue(INSTANCE, ChannelKind.FACEBOOK, 100, Duration.ofMinutes(2))) {
            Outcome outcome = publishing.send(claimed);
            assertThat(deliveries.record(claimed.deliveryId(), INSTANCE, outcome)).isTrue();
        }
    }
}
