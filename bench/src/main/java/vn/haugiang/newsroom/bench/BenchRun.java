package vn.haugiang.newsroom.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/**
 * What the stages of one run share: settings, N, the apps, an HTTP client, S3, PostgreSQL, and a
 * bearer token from cms-api (fetched on first use).
 */
final class BenchRun implements AutoCloseable {

    final BenchSettings settings;
    final int items;
    final Http http = new Http();
    final Apps apps;
    final S3Client s3;
    private @Nullable String token;

    BenchRun(BenchSettings settings, int items) {
        this.settings = settings;
        this.items = items;
        this.apps = new Apps(settings, http);
        this.s3 = s3(settings);
    }

    static S3Client s3(BenchSettings settings) {
        return S3Client.builder()
                .endpointOverride(settings.s3Endpoint())
                .region(Region.of(settings.s3Region()))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.s3AccessKey(), settings.s3SecretKey())))
                .build();
    }

    /** Creates the bench's buckets when missing, before any app that uses them starts. */
    void ensureBuckets() {
        for (String bucket : new String[] {BenchSettings.SITE_BUCKET, BenchSettings.MEDIA_BUCKET}) {
            try {
                s3.headBucket(b -> b.bucket(bucket));
            } catch (NoSuchBucketException missing) {
                try {
                    s3.createBucket(b -> b.bucket(bucket));
                } catch (BucketAlreadyOwnedByYouException raced) {
                    // created meanwhile: fine
                }
            }
        }
    }

    Connection db() throws SQLException {
        return DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
    }

    URI es(String path) {
        return URI.create(settings.elasticsearch() + path);
    }

    /** A bearer token of {@code admin} (every unit) from cms-api, which is started when needed. */
    String token() throws Exception {
        if (token == null) {
            apps.ensure("cms-api");
            Http.Reply reply = http.postJson(settings.app("cms-api").resolve("/api/auth/token"), null,
                    "{\"username\":\"admin\",\"password\":\"matkhau\"}");
            if (!reply.ok()) {
                throw new IllegalStateException("no token from cms-api: " + reply.status() + " " + reply.body());
            }
            token = Json.read(reply.body()).path("access_token").asString();
        }
        return token;
    }

    @Override
    public void close() {
        apps.close();
        s3.close();
    }
}
