package vn.haugiang.newsroom.cms.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xml.sax.helpers.DefaultHandler;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import tools.jackson.databind.JsonNode;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.LocalServers;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/** No position leaves the newsroom: renditions are re-encoded, the original is never public. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class MediaPrivacyTests {

    @LocalServerPort
    int port;

    @Autowired
    S3Client s3;

    @Test
    void noGpsSurvivesInAnyPublicRenditionAndTheOriginalIsNotPubliclyReachable() throws Exception {
        MediaApi editor = MediaApi.as(port, "bientap.bhg");
        byte[] original = MediaSamples.media("testJPEG_GEO.jpg");
        assertThat(hasGps(original)).as("the sample has a position to remove").isTrue();

        JsonNode media = editor.upload("testJPEG_GEO.jpg", original).json();
        assertThat(media.path("metadata").toString()).doesNotContain("12.54", "54.12");
        assertThat(media.path("metadata").path("locationRemoved").asBoolean()).isTrue();
        assertThat(media.path("privateMetadata").has("gps")).as("not kept by default").isFalse();
        JsonNode published = editor.post("/api/media/" + media.path("id").asString() + "/publish", null).json();
        assertThat(published.path("published").asBoolean()).isTrue();

        for (JsonNode rendition : published.path("renditions")) {
            String key = rendition.path("key").asString();
            byte[] stored = s3.getObjectAsBytes(get -> get.bucket(LocalServers.mediaBucket()).key(key)).asByteArray();
            byte[] onSite = s3.getObjectAsBytes(get -> get.bucket(LocalServers.siteBucket()).key("media/" + key)).asByteArray();
            assertThat(hasGps(stored)).as(key).isFalse();
            assertThat(onSite).isEqualTo(stored);
            assertThat(tikaPosition(onSite)).as(key).isNull();
        }
        String originalKey = published.path("key").asString();
        assertThatThrownBy(() -> s3.headObject(head -> head.bucket(LocalServers.siteBucket()).key("media/" + originalKey)))
                .as("the original is not copied to the site").isInstanceOf(NoSuchKeyException.class);
        var anonymous = MediaApi.fetch(LocalServers.s3Endpoint() + "/" + LocalServers.mediaBucket() + "/" + originalKey);
        assertThat(anonymous.statusCode()).as("the media bucket is not public").isEqualTo(403);
        assertThat(published.path("publicUrl").asString()).doesNotContain(originalKey);
    }

    private static boolean hasGps(byte[] jpeg) throws Exception {
        var metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg));
        GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
        return gps != null && gps.getGeoLocation() != null;
    }

    private static String tikaPosition(byte[] file) throws Exception {
        Metadata metadata = new Metadata();
        try (TikaInputStream input = TikaInputStream.get(file)) {
            new AutoDetectParser().parse(input, new DefaultHandler(), metadata, new ParseContext());
        }
        return metadata.get(TikaCoreProperties.LATITUDE);
    }
}
