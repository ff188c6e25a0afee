package vn.haugiang.newsroom.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

@SpringBootTest
@RequiresLocalServers(LocalServer.S3)
class StorageTests {

    @Autowired
    S3Client s3;

    @Autowired
    S3Presigner presigner;

    @Autowired
    StorageProperties properties;

    @Test
    void vietnameseKeyRoundTripsAndItsPresignedGetWorks() throws Exception {
        String key = "bao-hau-giang/" + UUID.randomUUID() + "/Hội nghị (an toàn) + thông tin.txt";
        String body = "Tuyên truyền nâng cao nhận thức về an toàn thông tin";

        s3.putObject(put -> put.bucket(properties.mediaBucket()).key(key).contentType("text/plain; charset=utf-8"),
                RequestBody.fromString(body, StandardCharsets.UTF_8));

        var listed = s3.listObjectsV2(list -> list.bucket(properties.mediaBucket()).prefix(key)).contents();
        assertThat(listed).singleElement().satisfies(object -> assertThat(object.key()).isEqualTo(key));
        assertThat(s3.getObjectAsBytes(get -> get.bucket(properties.mediaBucket()).key(key)).asUtf8String())
                .isEqualTo(body);

        URI presigned = presigner.presignGetObject(request -> request
                        .signatureDuration(Duration.ofMinutes(5))
                        .getObjectRequest(get -> get.bucket(properties.mediaBucket()).key(key)))
                .url().toURI();
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(presigned).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(body);
    }

    @Test
    void requestSignedWithAWrongSecretIsRefused() {
        var wrong = new StorageProperties(properties.endpoint(), properties.region(), properties.accessKey(),
                "not-the-secret", true, properties.mediaBucket(), properties.siteBucket());
        try (S3Client client = new StorageAutoConfiguration().s3Client(wrong)) {
            var refused = org.assertj.core.api.Assertions.catchThrowableOfType(S3Exception.class,
                    () -> client.headBucket(head -> head.bucket(wrong.mediaBucket())));
            assertThat(refused.statusCode()).isEqualTo(403);
        }
    }

    @Test
    void bothBucketsExist() {
        s3.headBucket(head -> head.bucket(properties.mediaBucket()));
        s3.headBucket(head -> head.bucket(properties.siteBucket()));
        assertThat(s3.listBuckets().buckets()).extracting(b -> b.name())
                .contains(properties.mediaBucket(), properties.siteBucket());
    }
}
