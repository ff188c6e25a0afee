package vn.haugiang.newsroom.storage;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where media and the static web output are stored: any S3-compatible server (MinIO in production,
 * S3Proxy on a developer's machine), addressed path-style.
 *
 * <p>Bound from {@code newsroom.storage.*}; the shared configuration maps each property to the
 * environment variable of the same meaning ({@code CMS_S3_ENDPOINT}, {@code CMS_S3_REGION}, ...).
 *
 * @param endpoint base URL of the S3 API, e.g. {@code http://127.0.0.1:9000}
 * @param region signing region (SigV4); S3-compatible servers accept any, default {@code us-east-1}
 * @param accessKey access key id
 * @param secretKey secret access key
 * @param pathStyle {@code true} to address buckets as {@code endpoint/bucket/key} (MinIO, S3Proxy)
 * @param mediaBucket bucket holding uploaded media and their renditions
 * @param siteBucket bucket holding the rendered public web site (pages, feeds, sitemaps)
 */
@ConfigurationProperties("newsroom.storage")
public record StorageProperties(
        URI endpoint,
        String region,
        String accessKey,
        String secretKey,
        boolean pathStyle,
        String mediaBucket,
        String siteBucket) {
}
