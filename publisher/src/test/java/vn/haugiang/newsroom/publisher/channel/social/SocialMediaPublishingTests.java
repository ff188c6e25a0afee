package vn.haugiang.newsroom.publisher.channel.social;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import vn.haugiang.newsroom.publisher.delivery.ChannelKind;
import vn.haugiang.newsroom.publisher.delivery.ClaimedDelivery;
import vn.haugiang.newsroom.publisher.delivery.Deliveries;
import vn.haugiang.newsroom.storage.StorageProperties;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/**
 * YouTube and Zalo deliveries with the item's featured medium from the media library (real S3 and PostgreSQL),
 * against one WireMock that serves both APIs' real paths, as the demo's stub does.
 */
@SpringBootTest
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class SocialMediaPublishingTests {

    private static final WireMockServer stub = new WireMockServer(wireMockConfig().dynamicPort());
    private static final String INSTANCE = "test-social-media-" + UUID.randomUUID();

    static {
        stub.start();
    }

    @DynamicPropertySource
    static void socialApis(DynamicPropertyRegistry registry) {
        registry.add("newsroom.social.youtube.base-url", stub::baseUrl);
        registry.add("newsroom.social.zalo.base-url", stub::baseUrl);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    S3Client s3;

    @Autowired
    StorageProperties storage;

    @Autowired
    Deliveries deliveries;

    @Autowired
    SocialPublishing publishing;

    @Autowired
    SocialChannels channels;

    SocialFixtures fx;

    @BeforeEach
    void setUp() {
        stub.resetAll();
        fx = new SocialFixtures(jdbc);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @AfterAll
    static void stopStub() {
        stub.stop();
    }

    @Test
    void aYouTubeDeliveryUploadsTheFeaturedVideoFromTheMediaBucket() {
        String youtube = fx.channel("youtube");
        channels.storeCredentials(youtube, Map.of("accessToken", "ya29.token"));
        UUID item = fx.publishedItem("Bản tin an toàn thông tin");
        byte[] video = ("not really an mp4 but bytes " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        feature(item, "video", "video/mp4", video, null);
        UUID delivery = fx.delivery(item, youtube, "pending", null);
        stub.stubFor(post(urlPathEqualTo("/upload/youtube/v3/videos")).willReturn(aResponse().withStatus(200)
                .withHeader("Location", stub.baseUrl() + "/upload/youtube/v3/videos?uploadType=resumable&upload_id=U1")));
        stub.stubFor(put(urlPathEqualTo("/upload/youtube/v3/videos"))
                .willReturn(okJson("{\"kind\": \"youtube#video\", \"id\": \"dQw4w9WgXcQ\"}")));

        runOnce(ChannelKind.YOUTUBE);

        SocialFixtures.Row row = fx.row(delivery);
        assertThat(row.state()).isEqualTo("delivered");
        assertThat(row.externalId()).isEqualTo("dQw4w9WgXcQ");
        assertThat(row.externalUrl()).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        stub.verify(1, postRequestedFor(urlPathEqualTo("/upload/youtube/v3/videos"))
                .withHeader("Authorization", equalTo("Bearer ya29.token"))
                .withHeader("X-Upload-Content-Length", equalTo(Integer.toString(video.length)))
                .withRequestBody(matchingJsonPath("$.snippet.title", equalTo("Bản tin an toàn thông tin")))
                .withRequestBody(matchingJsonPath("$.snippet.description", containing(SocialFixtures.markerV1(item)))));
        stub.verify(1, putRequestedFor(urlPathEqualTo("/upload/youtube/v3/videos"))
                .withQueryParam("upload_id", equalTo("U1")).withRequestBody(binaryEqualTo(video)));
    }

    @Test
    void aZaloDeliveryCreatesAnArticleWithTheWebRenditionAsCoverAndVerifiesItsId() {
        String zalo = fx.channel("zalo");
        channels.storeCredentials(zalo, Map.of("accessToken", "oa-token"));
        UUID item = fx.publishedItem("Cảnh giác lừa đảo trực tuyến");
        String webKey = feature(item, "image", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2}, "web");
        UUID delivery = fx.delivery(item, zalo, "pending", null);
        stub.stubFor(post(urlPathEqualTo("/v2.0/article/create"))
                .willReturn(okJson("{\"error\": 0, \"message\": \"Success\", \"data\": {\"token\": \"T-1\"}}")));
        stub.stubFor(post(urlPathEqualTo("/v2.0/article/verify"))
                .willReturn(okJson("{\"error\": 0, \"message\": \"Success\", \"data\": {\"id\": \"A-77\"}}")));

        runOnce(ChannelKind.ZALO);

        assertThat(fx.row(delivery).state()).isEqualTo("delivered");
        assertThat(fx.row(delivery).externalId()).isEqualTo("A-77");
        stub.verify(1, postRequestedFor(urlPathEqualTo("/v2.0/article/create"))
                .withHeader("access_token", equalTo("oa-token"))
                .withRequestBody(matchingJsonPath("$.title", equalTo("Cảnh giác lừa đảo trực tuyến")))
                .withRequestBody(matchingJsonPath("$.author", equalTo("Kênh thử")))
                .withRequestBody(matchingJsonPath("$.cover.photo_url", containing("/" + storage.mediaBucket() + "/" + webKey)))
                .withRequestBody(matchingJsonPath("$.body[0].content", containing(SocialFixtures.markerV1(item)))));
        stub.verify(1, postRequestedFor(urlPathEqualTo("/v2.0/article/verify"))
                .withRequestBody(matchingJsonPath("$.token", equalTo("T-1"))));
    }

    @Test
    void aRejectedZaloTokenFlagsTheChannel() {
        String zalo = fx.channel("zalo");
        channels.storeCredentials(zalo, Map.of("accessToken", "expired"));
        UUID item = fx.publishedItem("Tin Zalo");
        feature(item, "image", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, null);
        UUID delivery = fx.delivery(item, zalo, "pending", null);
        stub.stubFor(post(urlPathEqualTo("/v2.0/article/create"))
                .willReturn(okJson("{\"error\": -216, \"message\": \"Access token is invalid\"}")));

        runOnce(ChannelKind.ZALO);

        assertThat(fx.row(delivery).state()).isEqualTo("pending");
        assertThat(fx.channelRow(zalo).get("status")).isEqualTo("needs_reauthorisation");
        assertThat((String) fx.channelRow(zalo).get("status_reason")).contains("Access token is invalid");
    }

    @Test
    void anUnknownZaloArticleIsFoundByItsMarkerAmongArticlesWithTheSameTitle(
            @Autowired SocialReconciliation reconciliation) {
        String zalo = fx.channel("zalo");
        channels.storeCredentials(zalo, Map.of("accessToken", "oa-token"));
        String title = "Thông báo lịch cúp điện";
        UUID item = fx.publishedItem(title);
        feature(item, "image", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 3, 4}, null);
        UUID delivery = fx.delivery(item, zalo, "pending", null);
        stub.stubFor(post(urlPathEqualTo("/v2.0/article/create")).willReturn(aResponse().withStatus(504)));

        runOnce(ChannelKind.ZALO);
        assertThat(fx.row(delivery).state()).isEqualTo("unknown");

        long now = System.currentTimeMillis();
        // Newest first: a repeated headline (another item's notice), ours, and last week's notice of the same title.
        stub.stubFor(get(urlPathEqualTo("/v2.0/article/getslice")).willReturn(okJson("""
                {"error": 0, "message": "Success", "data": {"medias": [
                  {"id": "Z-3", "title": "%1$s", "type": "normal", "create_date": %2$d},
                  {"id": "Z-2", "title": "%1$s", "type": "normal", "create_date": %3$d},
                  {"id": "Z-1", "title": "%1$s", "type": "normal", "create_date": %4$d}], "total": 3}}"""
                .formatted(title, now + 2_000, now + 1_000, now - Duration.ofDays(7).toMillis()))));
        zaloDetail("Z-3", "Lịch cúp điện phường khác\\n\\n#hg0123456789abv1");
        zaloDetail("Z-2", "Lịch cúp điện\\n\\n" + SocialFixtures.markerV1(item));
        SocialReconciliation.Reconciled reconciled = reconciliation.reconcile(INSTANCE, 100);

        assertThat(reconciled.found()).isGreaterThanOrEqualTo(1);
        assertThat(fx.row(delivery).state()).isEqualTo("delivered");
        assertThat(fx.row(delivery).externalId()).isEqualTo("Z-2");
        stub.verify(1, postRequestedFor(urlPathEqualTo("/v2.0/article/create")));
        stub.verify(0, getRequestedFor(urlPathEqualTo("/v2.0/article/getdetail")).withQueryParam("id", equalTo("Z-1")));
    }

    @Test
    void aZaloCorrectionUpdatesTheArticleAndCreatesNone() {
        String zalo = fx.channel("zalo");
        channels.storeCredentials(zalo, Map.of("accessToken", "oa-token"));
        UUID item = fx.publishedItem("Tin Zalo sẽ đính chính");
        feature(item, "image", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 5, 6}, null);
        fx.delivery(item, zalo, 1, "delivered", "A-77");
        fx.correct(item);
        UUID correction = fx.delivery(item, zalo, 2, "pending", null);
        stub.stubFor(post(urlPathEqualTo("/v2.0/article/update"))
                .willReturn(okJson("{\"error\": 0, \"message\": \"Success\", \"data\": {\"token\": \"T-2\"}}")));

        runOnce(ChannelKind.ZALO);

        assertThat(fx.row(correction).state()).isEqualTo("delivered");
        assertThat(fx.row(correction).externalId()).isEqualTo("A-77");
        stub.verify(1, postRequestedFor(urlPathEqualTo("/v2.0/article/update"))
                .withRequestBody(matchingJsonPath("$.id", equalTo("A-77")))
                .withRequestBody(matchingJsonPath("$.body[0].content", containing(SocialFixtures.markerV(item, 2)))));
        stub.verify(0, postRequestedFor(urlPathEqualTo("/v2.0/article/create")));
    }

    private void zaloDetail(String id, String content) {
        stub.stubFor(get(urlPathEqualTo("/v2.0/article/getdetail")).withQueryParam("id", equalTo(id))
                .willReturn(okJson("""
                        {"error": 0, "message": "Success", "data": {"id": "%s",
                          "body": [{"type": "text", "content": "%s"}]}}""".formatted(id, content))));
    }

    /** Stores the bytes in the media bucket as a ready medium and makes it the item's featured one; its key. */
    private String feature(UUID itemId, String kind, String contentType, byte[] bytes, String rendition) {
        UUID mediaId = UUID.randomUUID();
        String unit = jdbc.sql("SELECT unit_id FROM item WHERE id = :id").param("id", itemId).query(String.class).single();
        String user = jdbc.sql("SELECT created_by::text FROM item WHERE id = :id").param("id", itemId)
                .query(String.class).single();
        String key = unit + "/2026/11/" + mediaId + "-tep.bin";
        String renditionKey = unit + "/2026/11/" + mediaId + "-tep-" + rendition + ".jpg";
        s3.putObject(b -> b.bucket(storage.mediaBucket()).key(key), RequestBody.fromBytes(bytes));
        String renditions = rendition == null ? "[]" : "[{\"name\": \"" + rendition + "\", \"key\": \"" + renditionKey
                + "\", \"contentType\": \"image/jpeg\", \"width\": 1, \"height\": 1, \"size\": 4}]";
        jdbc.sql("""
                INSERT INTO media (id, unit_id, kind, content_type, size_bytes, sha256, original_name, storage_key,
                                   status, renditions, created_by)
                VALUES (:id, :unit, :kind, :type, :size, :sha, 'tệp', :key, 'ready', CAST(:renditions AS jsonb),
                        CAST(:user AS uuid))
                """).param("id", mediaId).param("unit", unit).param("kind", kind).param("type", contentType)
                .param("size", bytes.length).param("sha", "%064x".formatted(mediaId.getMostSignificantBits() & Long.MAX_VALUE))
                .param("key", key).param("renditions", renditions).param("user", user).update();
        jdbc.sql("UPDATE item SET featured_media = :m WHERE id = :id").param("m", mediaId).param("id", itemId).update();
        return rendition == null ? key : renditionKey;
    }

    private void runOnce(ChannelKind kind) {
        for (ClaimedDelivery claimed : deliveries.claimDue(INSTANCE, kind, 100, Duration.ofMinutes(2))) {
            assertThat(deliveries.record(claimed.deliveryId(), INSTANCE, publishing.send(claimed))).isTrue();
        }
    }
}
