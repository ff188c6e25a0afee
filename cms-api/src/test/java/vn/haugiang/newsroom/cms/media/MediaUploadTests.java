package vn.haugiang.newsroom.cms.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.text.Normalizer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ContentDisposition;
import org.springframework.jdbc.core.simple.JdbcClient;

import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;
import vn.haugiang.newsroom.testing.ActuatorHealth;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.LocalServers;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/** Uploads in one request over real HTTP, stored in the real PostgreSQL and S3. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class MediaUploadTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    S3Client s3;

    MediaApi reporter;

    @BeforeEach
    void logIn() {
        reporter = MediaApi.as(port, "phongvien.bhg");
    }

    @Test
    void mp3ReportsTitleArtistAndDurationFromItsTags() {
        var uploaded = reporter.upload("testMP3id3v2.mp3", MediaSamples.media("testMP3id3v2.mp3"));

        assertThat(uploaded.status()).as(uploaded.body()).isIn(200, 201);
        JsonNode media = uploaded.json();
        assertThat(media.path("kind").asString()).isEqualTo("audio");
        assertThat(media.path("contentType").asString()).isEqualTo("audio/mpeg");
        assertThat(media.path("key").asString()).endsWith("-testmp3id3v2.mp3");
        JsonNode metadata = media.path("metadata");
        assertThat(metadata.path("title").asString()).isEqualTo("Test Title");
        assertThat(metadata.path("artist").asString()).isEqualTo("Test Artist");
        assertThat(metadata.path("duration").asDouble()).isCloseTo(2.455, within(0.05));
        assertThat(metadata.path("sampleRate").asInt()).isEqualTo(44_100);
        assertThat(metadata.path("averageBitrate").asLong()).isPositive();
    }

    @Test
    void m4aAndMp4VideoReportTheirDurations() {
        JsonNode audio = reporter.upload("testMP4.m4a", MediaSamples.media("testMP4.m4a")).json();
        assertThat(audio.path("contentType").asString()).isEqualTo("audio/mp4");
        assertThat(audio.path("metadata").path("duration").asDouble()).isCloseTo(0.07, within(0.01));

        JsonNode video = reporter.upload("testMP4Video.mp4", MediaSamples.media("testMP4Video.mp4")).json();
        assertThat(video.path("kind").asString()).isEqualTo("video");
        assertThat(video.path("contentType").asString()).isEqualTo("video/mp4");
        assertThat(video.path("metadata").path("duration").asDouble()).isCloseTo(1.0, within(0.01));
        assertThat(video.path("metadata").path("frameWidth").asInt()).isEqualTo(16);
        assertThat(video.path("metadata").path("poster").asString()).startsWith("unavailable:");
    }

    @Test
    void jpegReportsThePixelsOfItsFrameNotWhatExifClaims() {
        JsonNode media = reporter.upload("testJPEG_EXIF.jpg", MediaSamples.media("testJPEG_EXIF.jpg")).json();

        JsonNode metadata = media.path("metadata");
        assertThat(metadata.path("width").asInt()).as("EXIF says 3888").isEqualTo(100);
        assertThat(metadata.path("height").asInt()).as("EXIF says 2592").isEqualTo(68);
        assertThat(metadata.path("camera").asString()).isEqualTo("Canon EOS 40D");
        assertThat(metadata.path("takenAt").asString()).isEqualTo("2009-08-11T09:09:45");
        assertThat(metadata.path("keywords").toString()).isEqualTo("[\"canon-55-250\",\"moscow-birds\",\"serbor\"]");
        assertThat(media.path("renditions").findValuesAsString("name")).containsExactly("thumbnail", "web");
        assertThat(media.path("renditions").get(0).path("width").asInt()).as("never enlarged").isEqualTo(100);
    }

    @Test
    void pdfNamedLikeAJpegIsRefusedWith415NamingBothTypes() {
        var refused = reporter.upload("anh-hoi-nghi.jpg", MediaSamples.document("testPDF.pdf"), "image/jpeg", null);

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("detectedType").asString()).isEqualTo("application/pdf");
        assertThat(refused.json().path("claimedType").asString()).isEqualTo("image/jpeg");
        assertThat(refused.json().path("detail").asString()).contains("application/pdf", "image/jpeg");
    }

    @Test
    void executableNamedLikeAVideoAndAudioAskedForAsVideoAreRefused() throws Exception {
        byte[] executable = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java"));
        var program = reporter.upload("clip.mp4", executable);
        assertThat(program.status()).isEqualTo(415);
        assertThat(program.json().path("claimedType").asString()).isEqualTo("video/mp4");

        var wrongKind = reporter.upload("testMP3id3v2.mp3", MediaSamples.media("testMP3id3v2.mp3"), "audio/mpeg", "video");
        assertThat(wrongKind.status()).isEqualTo(415);
        assertThat(wrongKind.json().path("detectedType").asString()).isEqualTo("audio/mpeg");
    }

    @Test
    void truncatedM4aIsRefusedWith422AndTheServiceStaysHealthy() throws Exception {
        var refused = reporter.upload("testMP4_truncated.m4a", MediaSamples.malformed("testMP4_truncated.m4a"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("detail").asString()).contains("truncated");
        assertThat(refused.json().path("detectedType").asString()).isEqualTo("audio/mp4");
        ActuatorHealth.assertUp(port, "db");
        assertThat(reporter.upload("testMP4.m4a", MediaSamples.media("testMP4.m4a")).status()).isIn(200, 201);
    }

    @Test
    void theSameBytesUploadedTwiceAreOneObjectAndOneRow() {
        byte[] png = MediaSamples.randomImage("png", 40, 30);

        var first = reporter.upload("lan-mot.png", png);
        var second = reporter.upload("lan-hai.png", png);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).as("the second upload returns the stored media").isEqualTo(200);
        String id = first.json().path("id").asString();
        assertThat(second.json().path("id").asString()).isEqualTo(id);
        assertThat(jdbc.sql("SELECT count(*) FROM media WHERE sha256 = ?").param(MediaSamples.sha256(png))
                .query(Long.class).single()).isEqualTo(1);
        String key = first.json().path("key").asString();
        String prefix = key.substring(0, key.lastIndexOf('/') + 1) + id;
        assertThat(s3.listObjectsV2(list -> list.bucket(LocalServers.mediaBucket()).prefix(prefix)).contents())
                .as("the original and its two renditions, once").hasSize(3);
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_event WHERE aggregate_type = 'media' AND aggregate_id = ?")
                .param(id).query(Long.class).single()).as("one MediaCreated").isEqualTo(1);
    }

    @Test
    void aVietnameseNameSentInNfcAndInNfdIsOneMediumNamedInNfc() {
        byte[] png = MediaSamples.randomImage("png", 32, 32);
        String nfc = Normalizer.normalize("Hội nghị.png", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize("Hội nghị.png", Normalizer.Form.NFD);

        JsonNode first = reporter.upload(nfd, png).json();
        JsonNode second = reporter.upload(nfc, png).json();

        assertThat(second.path("id").asString()).isEqualTo(first.path("id").asString());
        assertThat(first.path("originalName").asString()).isEqualTo(nfc);
        assertThat(first.path("key").asString()).endsWith(first.path("id").asString() + "-hoi-nghi.png")
                .matches("bao-hau-giang/\\d{4}/\\d{2}/.*");
    }

    @Test
    void aNameWithSpacesPlusParenthesesAndVietnameseLettersGivesAKeyWhosePresignedGetWorks() {
        byte[] jpeg = MediaSamples.randomImage("jpg", 48, 36);
        String name = "Ảnh hội nghị (1) + bản sao.jpg";

        JsonNode media = reporter.upload(name, jpeg).json();

        assertThat(media.path("key").asString()).endsWith("-anh-hoi-nghi-1-ban-sao.jpg");
        var original = MediaApi.fetch(media.path("original").path("url").asString());
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.body()).isEqualTo(jpeg);
        String disposition = original.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(ContentDisposition.parse(disposition).getFilename()).as(disposition).isEqualTo(name);
        var thumbnail = MediaApi.fetch(media.path("renditions").get(0).path("url").asString());
        assertThat(thumbnail.statusCode()).isEqualTo(200);
        assertThat(thumbnail.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    }
}
