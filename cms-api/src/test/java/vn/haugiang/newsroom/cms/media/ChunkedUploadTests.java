package vn.haugiang.newsroom.cms.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.LocalServers;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/** Resumable uploads over real HTTP, mapped to S3 multipart uploads on the local S3 server. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class ChunkedUploadTests {

    private static final int MIB = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    S3Client s3;

    MediaApi producer;

    @BeforeEach
    void logIn() {
        producer = MediaApi.as(port, "sanxuat.dai");
    }

    @Test
    void aTwelveMebibyteFileSentInThreePartsCompletesWithItsSha256() {
        byte[] wave = MediaSamples.randomWave(12 * MIB);
        var started = producer.post("/api/media/uploads",
                Map.of("fileName", "Phỏng vấn chuyên gia.wav", "size", wave.length, "contentType", "audio/wav"));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String path = "/api/media/uploads/" + started.json().path("id").asString();
        assertThat(started.json().path("minPartSize").asLong()).isEqualTo(5L * MIB);

        assertThat(producer.putBytes(path + "/parts/2", Arrays.copyOfRange(wave, 5 * MIB, 10 * MIB)).status()).isEqualTo(200);
        assertThat(producer.putBytes(path + "/parts/1", Arrays.copyOfRange(wave, 0, 5 * MIB)).status()).isEqualTo(200);
        JsonNode resumable = producer.get(path).json();
        assertThat(resumable.path("parts").findValuesAsString("number")).containsExactly("1", "2");
        assertThat(resumable.path("receivedBytes").asLong()).isEqualTo(10L * MIB);
        assertThat(producer.putBytes(path + "/parts/3", Arrays.copyOfRange(wave, 10 * MIB, wave.length)).status())
                .isEqualTo(200);

        var completed = producer.post(path + "/complete", null);

        assertThat(completed.status()).as(completed.body()).isEqualTo(201);
        JsonNode media = completed.json();
        assertThat(media.path("sha256").asString()).isEqualTo(MediaSamples.sha256(wave));
        assertThat(media.path("size").asLong()).isEqualTo(wave.length);
        assertThat(media.path("contentType").asString()).isEqualTo("audio/vnd.wave");
        assertThat(media.path("originalName").asString()).isEqualTo("Phỏng vấn chuyên gia.wav");
        assertThat(media.path("key").asString()).startsWith("dai-pt-th-hau-giang/").endsWith("-phong-van-chuyen-gia.wav");
        assertThat(media.path("metadata").path("duration").asDouble()).isCloseTo(12.0 * MIB / (44_100 * 4), within(0.01));
        var head = s3.headObject(request -> request.bucket(LocalServers.mediaBucket()).key(media.path("key").asString()));
        assertThat(head.contentLength()).isEqualTo(wave.length);
        assertThat(producer.get(path).json().path("state").asString()).isEqualTo("completed");
        assertThat(producer.post(path + "/complete", null).json().path("id").asString())
                .as("completing again answers the same media").isEqualTo(media.path("id").asString());
        String staging = jdbc.sql("SELECT staging_key FROM media_upload WHERE media_id = ?::uuid")
                .param(media.path("id").asString()).query(String.class).list().get(0);
        assertThat(s3.listObjectsV2(list -> list.bucket(LocalServers.mediaBucket()).prefix(staging)).contents()).isEmpty();
    }

    @Test
    void aSmallPartBeforeTheLastIsRefusedAndTheUploadCanBeResumedOrAborted() {
        byte[] wave = MediaSamples.randomWave(6 * MIB);
        String path = "/api/media/uploads/" + producer.post("/api/media/uploads",
                Map.of("fileName", "ngan.wav", "size", wave.length)).json().path("id").asString();
        producer.putBytes(path + "/parts/1", Arrays.copyOfRange(wave, 0, MIB));
        producer.putBytes(path + "/parts/2", Arrays.copyOfRange(wave, MIB, wave.length));

        var refused = producer.post(path + "/complete", null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("field").asString()).isEqualTo("parts");
        assertThat(producer.get(path).json().path("state").asString()).isEqualTo("open");
        assertThat(producer.putBytes(path + "/parts/3", new byte[10]).status()).as("past the announced size").isEqualTo(413);
        assertThat(MediaApi.as(port, "bientap.dai").get(path).status()).as("someone else's upload").isEqualTo(404);

        assertThat(producer.delete(path).status()).isEqualTo(204);
        assertThat(producer.get(path).json().path("state").asString()).isEqualTo("aborted");
        assertThat(producer.putBytes(path + "/parts/1", new byte[10]).status()).isEqualTo(409);
    }

    @Test
    void aStartAboveTheLimitOfTheClaimedKindIsRefused() {
        var refused = producer.post("/api/media/uploads",
                Map.of("fileName", "anh.jpg", "size", 51L * MIB, "contentType", "image/jpeg"));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.json().path("field").asString()).isEqualTo("size");
    }
}
