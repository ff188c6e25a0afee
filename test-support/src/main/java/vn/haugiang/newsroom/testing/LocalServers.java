package vn.haugiang.newsroom.testing;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * Addresses and credentials of the local servers, read from the environment variables the apps
 * read, with the defaults of the {@code local} profile (see {@code newsroom-shared.yaml}).
 */
public final class LocalServers {

    private LocalServers() {
    }

    public static String postgresUrl() {
        return env("CMS_DB_URL", "jdbc:postgresql://127.0.0.1:5432/cms");
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

    private static String env(String name, String localDefault) {
        @Nullable String value = System.getenv(name);
        return value == null || value.isBlank() ? localDefault : value;
    }
}
