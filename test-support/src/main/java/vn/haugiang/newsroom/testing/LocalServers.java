package vn.haugiang.newsroom.testing;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * Addresses and credentials of the local servers, read from the environment variables the apps
 * read, with the defaults of the {@code local} profile (see {@code newsroom-shared.yaml}) except
 * where the tests keep their data: the database {@value #TEST_DATABASE} and the buckets
 * {@value #TEST_MEDIA_BUCKET} and {@value #TEST_SITE_BUCKET}, so that a test run never writes into
 * (nor counts) the newsroom of a local stack ({@code ./cms up}) on the same servers. The scripts of
 * {@code ./cms} create them beside {@code cms}, {@code media} and {@code site}. A variable set in
 * the environment wins over these defaults (CI and parallel checkouts give each run its own).
 *
 * <p>{@link TestServersEnvironmentPostProcessor} hands the same values to every Spring application
 * context a test starts.
 */
public final class LocalServers {

    /** The tests' database on the local PostgreSQL server (the local stack's is {@code cms}). */
    public static final String TEST_DATABASE = "cms_test";

    /** The tests' media bucket (the local stack's is {@code media}). */
    public static final String TEST_MEDIA_BUCKET = "test-media";

    /** The tests' site bucket (the local stack's is {@code site}). */
    public static final String TEST_SITE_BUCKET = "test-site";

    private LocalServers() {
    }

    /** {@code CMS_DB_URL}, by default the database {@value #TEST_DATABASE} on 127.0.0.1:5432. */
    public static String postgresUrl() {
        return env("CMS_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + TEST_DATABASE);
    }

    public static String postgresUser() {
        return env("CMS_DB_USERNAME", "cms");
    }

    public static String postgresPassword() {
        return env("CMS_DB_PASSWORD", "cms");
    }

    /** Base URI of the Elasticsearch HTTP API, without a trailing slash. */
    public static URI elasticsearchUri() {
        String first = env("CMS_ES_URIS", "http://127.0.0.1:9200").split(",")[0].trim();
        return URI.create(first.endsWith("/") ? first.substring(0, first.length() - 1) : first);
    }

    public static URI s3Endpoint() {
        return URI.create(env("CMS_S3_ENDPOINT", "http://127.0.0.1:9000"));
    }

    public static String s3AccessKey() {
        return env("CMS_S3_ACCESS_KEY", "cms-local");
    }

    public static String s3SecretKey() {
        return env("CMS_S3_SECRET_KEY", "cms-local-secret");
    }

    public static String s3Region() {
        return env("CMS_S3_REGION", "us-east-1");
    }

    /** {@code CMS_S3_MEDIA_BUCKET}, by default {@value #TEST_MEDIA_BUCKET}. */
    public static String mediaBucket() {
        return env("CMS_S3_MEDIA_BUCKET", TEST_MEDIA_BUCKET);
    }

    /** {@code CMS_S3_SITE_BUCKET}, by default {@value #TEST_SITE_BUCKET}. */
    public static String siteBucket() {
        return env("CMS_S3_SITE_BUCKET", TEST_SITE_BUCKET);
    }

    private static String env(String name, String localDefault) {
        @Nullable String value = System.getenv(name);
        return value == null || value.isBlank() ? localDefault : value;
    }
}
