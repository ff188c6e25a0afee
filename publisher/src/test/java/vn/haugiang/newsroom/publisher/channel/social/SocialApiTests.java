package vn.haugiang.newsroom.publisher.channel.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.haugiang.newsroom.publisher.TestTokens;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/** {@code /api/channels} and {@code /api/items/{id}/social-text/{channel}} over HTTP against real PostgreSQL. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class SocialApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SocialChannels channels;

    @Autowired
    Environment environment;

    SocialFixtures fx;
    RestClient http;

    @BeforeEach
    void setUp() {
        fx = new SocialFixtures(jdbc);
        // A system admin of the Department: the fixtures' channels belong to several units.
        http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", "Bearer " + new TestTokens(environment).token("admin", "SYSTEM_ADMIN", "so-tt-tt"))
                .defaultStatusHandler(status -> true, (req, res) -> { }).build();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void credentialsAreStoredEncryptedAndNeverReturned() {
        String facebook = fx.channel("facebook");
        jdbc.sql("UPDATE output_channel SET status = 'needs_reauthorisation', status_reason = 'code 190' WHERE id = :id")
                .param("id", facebook).update();

        ResponseEntity<String> put = http.put().uri("/api/channels/{id}/credentials", facebook)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("pageId", "987654", "accessToken", "EAAG-bi-mat-lam")).retrieve().toEntity(String.class);
        String list = http.get().uri("/api/channels").retrieve().body(String.class);

        assertThat(put.getStatusCode().value()).isEqualTo(200);
        assertThat(put.getBody()).doesNotContain("EAAG").doesNotContain("987654");
        JsonNode channel = find(JsonMapper.shared().readTree(list), facebook);
        assertThat(channel.path("hasCredentials").asBoolean()).isTrue();
        assertThat(channel.path("status").asString()).isEqualTo("active");
        assertThat(channel.hasNonNull("statusReason")).isFalse();
        assertThat(channel.has("credentials")).isFalse();
        assertThat(list).doesNotContain("EAAG-bi-mat-lam");
        byte[] stored = (byte[]) fx.channelRow(facebook).get("credentials");
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("EAAG").doesNotContain("987654");
        assertThat(channels.credentials(facebook)).contains(Map.of("pageId", "987654", "accessToken", "EAAG-bi-mat-lam"));
    }

    @Test
    void credentialsMissingAFieldTheKindNeedsAreRefusedWithThatField() {
        String facebook = fx.channel("facebook");

        ResponseEntity<String> put = http.put().uri("/api/channels/{id}/credentials", facebook)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("accessToken", "x")).retrieve().toEntity(String.class);

        assertThat(put.getStatusCode().value()).isEqualTo(422);
        assertThat(put.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(JsonMapper.shared().readTree(put.getBody()).path("field").asString()).isEqualTo("pageId");
        assertThat(fx.channelRow(facebook).get("credentials")).isNull();
    }

    @Test
    void reauthorisedSetsAFlaggedChannelActiveAgain() {
        String zalo = fx.channel("zalo");
        jdbc.sql("UPDATE output_channel SET status = 'needs_reauthorisation', status_reason = 'x' WHERE id = :id")
                .param("id", zalo).update();

        ResponseEntity<String> post = http.post().uri("/api/channels/{id}/reauthorised", zalo).retrieve()
                .toEntity(String.class);

        assertThat(post.getStatusCode().value()).isEqualTo(200);
        assertThat(fx.channelRow(zalo).get("status")).isEqualTo("active");
        assertThat(http.post().uri("/api/channels/no-such-channel/reauthorised").retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void socialTextIsPreparedFromTheItemUntilAnEditorStoresOne() {
        String zalo = fx.channel("zalo");
        UUID item = fx.publishedItem("Hậu Giang ra quân bảo đảm an toàn thông tin");

        JsonNode prepared = JsonMapper.shared().readTree(
                http.get().uri("/api/items/{id}/social-text/{ch}", item, zalo).retrieve().body(String.class));
        ResponseEntity<String> put = http.put().uri("/api/items/{id}/social-text/{ch}", item, zalo)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("title", "An toàn thông tin: ra quân", "text", "Đoạn giới thiệu ngắn cho Zalo."))
                .retrieve().toEntity(String.class);
        JsonNode edited = JsonMapper.shared().readTree(
                http.get().uri("/api/items/{id}/social-text/{ch}", item, zalo).retrieve().body(String.class));

        assertThat(prepared.path("edited").asBoolean()).isFalse();
        assertThat(prepared.path("title").asString()).isEqualTo("Hậu Giang ra quân bảo đảm an toàn thông tin");
        assertThat(prepared.path("text").asString()).isEqualTo("Sa-pô thử nghiệm.\n\n#haugiang");
        assertThat(prepared.path("limits").path("titleMax").asInt()).isEqualTo(150);
        assertThat(prepared.path("limits").path("textMax").asInt()).isEqualTo(300);
        assertThat(put.getStatusCode().value()).isEqualTo(200);
        assertThat(edited.path("edited").asBoolean()).isTrue();
        assertThat(edited.path("title").asString()).isEqualTo("An toàn thông tin: ra quân");
        assertThat(edited.path("text").asString()).isEqualTo("Đoạn giới thiệu ngắn cho Zalo.");
        assertThat(edited.path("editedBy").asString()).isEqualTo("admin");
    }

    @Test
    void anEditOverTheChannelsLimitIsRefusedWithFieldText() {
        String zalo = fx.channel("zalo");
        UUID item = fx.publishedItem("Tin dài");

        ResponseEntity<String> put = http.put().uri("/api/items/{id}/social-text/{ch}", item, zalo)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("text", "ạ".repeat(301))).retrieve()
                .toEntity(String.class);

        assertThat(put.getStatusCode().value()).isEqualTo(422);
        assertThat(put.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode problem = JsonMapper.shared().readTree(put.getBody());
        assertThat(problem.path("field").asString()).isEqualTo("text");
        assertThat(problem.path("detail").asString()).contains("301").contains("300");
        assertThat(jdbc.sql("SELECT count(*) FROM social_text WHERE item_id = :id").param("id", item)
                .query(Long.class).single()).isZero();
    }

    @Test
    void youTubeCountsTheDescriptionInUtf8Bytes() {
        String youtube = fx.channel("youtube");
        UUID item = fx.publishedItem("Tin video");
        // 2,000 "ạ" are 2,000 characters but 6,000 bytes of UTF-8: over YouTube's 5,000-byte description.
        ResponseEntity<String> put = http.put().uri("/api/items/{id}/social-text/{ch}", item, youtube)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("text", "ạ".repeat(2_000))).retrieve()
                .toEntity(String.class);

        assertThat(put.getStatusCode().value()).isEqualTo(422);
        assertThat(JsonMapper.shared().readTree(put.getBody()).path("detail").asString()).contains("6000 utf8-bytes");
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode channel : list) {
            if (channel.path("id").asString().equals(id)) {
                return channel;
            }
        }
        throw new AssertionError("channel " + id + " not listed");
    }

    @Test
    void channelsNeedAnAdminAndAUnitAdminSeesOnlyTheirUnitsChannels() {
        RestClient anonymous = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (req, res) -> { }).build();
        assertThat(anonymous.get().uri("/api/channels").retrieve().toEntity(String.class).getStatusCode().value())
                .isEqualTo(401);
        TestTokens tokens = new TestTokens(environment);
        RestClient editor = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", "Bearer " + tokens.token("bientap.bhg", "EDITOR"))
                .defaultStatusHandler(status -> true, (req, res) -> { }).build();
        assertThat(editor.get().uri("/api/channels").retrieve().toEntity(String.class).getStatusCode().value())
                .isEqualTo(403);

        RestClient broadcasterAdmin = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", "Bearer " + tokens.token("quantri.dai", "UNIT_ADMIN", "dai-pt-th-hau-giang"))
                .defaultStatusHandler(status -> true, (req, res) -> { }).build();
        String list = broadcasterAdmin.get().uri("/api/channels").retrieve().body(String.class);
        // Seeded by V10: the broadcaster's YouTube channel, the newspaper's Facebook Page.
        assertThat(list).contains("\"youtube-hgtv\"").doesNotContain("\"facebook-bao-hau-giang\"");
        ResponseEntity<String> foreign = broadcasterAdmin.put().uri("/api/channels/facebook-bao-hau-giang/credentials")
                .contentType(MediaType.APPLICATION_JSON).body("{\"pageId\":\"1\",\"accessToken\":\"t\"}")
                .retrieve().toEntity(String.class);
        assertThat(foreign.getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void anotherUnitsEditorCannotSeeOrEditAnItemsSocialText() {
        String zalo = fx.channel("zalo");
        UUID item = fx.publishedItem("Tin của một đơn vị khác");
        RestClient otherUnit = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", "Bearer " + new TestTokens(environment).token("bientap.bhg", "EDITOR"))
                .defaultStatusHandler(status -> true, (req, res) -> { }).build();

        assertThat(otherUnit.get().uri("/api/items/{id}/social-text/{ch}", item, zalo).retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(404);
        assertThat(otherUnit.put().uri("/api/items/{id}/social-text/{ch}", item, zalo)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("text", "Sửa trộm."))
                .retrieve().toEntity(String.class).getStatusCode().value()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM social_text WHERE item_id = :id").param("id", item)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anotherUnitsItemOnTheCallersOwnChannelIsNotFound() {
        // The channel (seeded by V10) is the caller's unit's; only the item is another unit's.
        String ownChannel = "zalo-bao-hau-giang";
        UUID item = fx.publishedItem("Tin của đơn vị khác trên kênh của mình");
        RestClient unitAdmin = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", "Bearer "
                        + new TestTokens(environment).token("quantri.bhg", "UNIT_ADMIN", "bao-hau-giang"))
                .defaultStatusHandler(status -> true, (req, res) -> { }).build();

        ResponseEntity<String> get = unitAdmin.get().uri("/api/items/{id}/social-text/{ch}", item, ownChannel)
                .retrieve().toEntity(String.class);
        ResponseEntity<String> put = unitAdmin.put().uri("/api/items/{id}/social-text/{ch}", item, ownChannel)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("text", "Sửa tin đơn vị khác."))
                .retrieve().toEntity(String.class);

        for (ResponseEntity<String> reply : List.of(get, put)) {
            assertThat(reply.getStatusCode().value()).isEqualTo(404);
            assertThat(reply.getHeaders().getContentType()).hasToString("application/problem+json");
            // Answered as for an item that does not exist: nothing of the item is told.
            assertThat(reply.getBody()).doesNotContain("Tin của đơn vị khác");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM social_text WHERE item_id = :id").param("id", item)
                .query(Long.class).single()).isZero();
        // The same item on the same channel exists for a caller who sees every unit.
        assertThat(http.get().uri("/api/items/{id}/social-text/{ch}", item, ownChannel).retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(200);
    }
}
