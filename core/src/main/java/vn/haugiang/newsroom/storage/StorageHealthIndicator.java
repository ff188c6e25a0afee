package vn.haugiang.newsroom.storage;

import java.util.List;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * Reports {@code storage} UP when both buckets answer a HEAD request on the S3 endpoint, so
 * {@code /actuator/health} shows a missing bucket or wrong credentials before an upload fails.
 */
class StorageHealthIndicator extends AbstractHealthIndicator {

    private final S3Client s3;
    private final StorageProperties properties;

    StorageHealthIndicator(S3Client s3, StorageProperties properties) {
        super("S3 storage health check failed");
        this.s3 = s3;
        this.properties = properties;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<String> buckets = List.of(properties.mediaBucket(), properties.siteBucket());
        buckets.forEach(bucket -> s3.headBucket(request -> request.bucket(bucket)));
        builder.up()
                .withDetail("endpoint", properties.endpoint().toString())
                .withDetail("buckets", buckets);
    }
}
