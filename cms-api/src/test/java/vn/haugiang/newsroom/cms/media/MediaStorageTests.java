package vn.haugiang.newsroom.cms.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import software.amazon.awssdk.services.s3.S3Client;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.LocalServers;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/** Object keys that need escaping survive S3 and presigning, should any key ever hold them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class MediaStorageTests {

    @Autowired
    MediaStorage storage;

    @Autowired
    S3Client s3;

    @Test
    void aKeyWithSpacesPlusParenthesesAndVietnameseLettersRoundTripsAndItsPresignedGetWorks() throws Exception {
        String key = "tests/" + System.nanoTime() + "/Ảnh hội nghị (1) + bản sao.jpg";
        byte[] bytes = MediaSamples.randomImage("jpg", 8, 8);
        Path file = Files.createTempFile("media-test-", ".jpg");
        try {
            Files.write(file, bytes);
            storage.put(key, file, "image/jpeg", "Ảnh hội nghị (1) + bản sao.jpg");

            assertThat(s3.listObjectsV2(list -> list.bucket(LocalServers.mediaBucket()).prefix(key.substring(0, key.lastIndexOf('/') + 1)))
                    .contents()).singleElement().satisfies(object -> assertThat(object.key()).isEqualTo(key));
            var fetched = MediaApi.fetch(storage.presignGet(key, "Ảnh hội nghị (1) + bản sao.jpg", Duration.ofMinutes(1))
                    .toString());
            assertThat(fetched.statusCode()).isEqualTo(200);
            assertThat(fetched.body()).isEqualTo(bytes);
            try (var stream = storage.open(key)) {
                assertThat(stream.readAllBytes()).isEqualTo(bytes);
            }
        } finally {
            storage.delete(java.util.List.of(key));
            Files.deleteIfExists(file);
        }
        assertThat(storage.exists(key)).isFalse();
    }
}
