package vn.haugiang.newsroom.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Where the harness finds the servers and apps, from the environment variables the apps read
 * ({@code CMS_DB_URL}, {@code CMS_ES_URIS}, {@code CMS_S3_*}) with the {@code local} profile's
 * defaults, plus the bench's own ({@code CMS_BENCH_*}).
 *
 * @param root the repository root (apps' jars under {@code <module>/target}, {@code bench/} scripts)
 * @param corpus the folder of real Vietnamese news text ({@code shared/data/news-vi})
 * @param work a folder for logs, wrk/pgbench scripts and Hugo sites ({@code .local/bench})
 * @param ports the port each app the harness starts listens on (18080–18082 by default, so the
 *     apps of {@code ./cms up} can keep running)
 * @param heap the {@code -Xmx} of every app the harness starts (default {@code 256m}, as {@code ./cms up})
 * @param duration how long each wrk or pgbench measurement runs (default 10 s)
 */
record BenchSettings(
        String dbUrl, String dbUser, String dbPassword,
        URI elasticsearch,
        URI s3Endpoint, String s3Region, String s3AccessKey, String s3SecretKey,
        Path root, Path corpus, Path work,
        Map<String, Integer> ports, String heap, Duration duration) {

    /** Alias and state index of the indexer the harness starts: its own, beside the apps' {@code content}. */
    static final String ALIAS = "bench-content";
    static final String PUBLICATIONS_ALIAS = "bench-publications";
    static final String STATE_INDEX = "bench-indexer-state";
    /** The raw-{@code _bulk} reference index. */
    static final String RAW_INDEX = "bench-raw-bulk";
    static final String SITE_BUCKET = "bench-site";
    static final String MEDIA_BUCKET = "bench-media";

    static BenchSettings fromEnvironment(Path root, Duration duration) {
        Path corpus = Path.of(env("CMS_BENCH_CORPUS", root.resolve("../shared/data/news-vi").normalize().toString()));
        return new BenchSettings(
                env("CMS_DB_URL", "jdbc:postgresql://127.0.0.1:5432/cms"),
                env("CMS_DB_USERNAME", "cms"),
                env("CMS_DB_PASSWORD", "cms"),
                URI.create(env("CMS_ES_URIS", "http://127.0.0.1:9200").split(",")[0].trim().replaceAll("/$", "")),
                URI.create(env("CMS_S3_ENDPOINT", "http://127.0.0.1:9000")),
                env("CMS_S3_REGION", "us-east-1"),
                env("CMS_S3_ACCESS_KEY", "cms-local"),
                env("CMS_S3_SECRET_KEY", "cms-local-secret"),
                root, corpus, root.resolve(".local/bench"),
                Map.of("cms-api", Integer.parseInt(env("CMS_BENCH_API_PORT", "18080")),
                        "publisher", Integer.parseInt(env("CMS_BENCH_PUBLISHER_PORT", "18081")),
                        "indexer", Integer.parseInt(env("CMS_BENCH_INDEXER_PORT", "18082"))),
                env("CMS_APP_HEAP", "256m"),
                duration);
    }

    URI app(String name) {
        return URI.create("http://127.0.0.1:" + ports.get(name));
    }

    /** Host, port and database of {@link #dbUrl}, for psql and pgbench. */
    String[] libpq() {
        var m = java.util.regex.Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*").matcher(dbUrl);
        if (!m.matches()) {
            throw new IllegalStateException("cannot read host/port/database from " + dbUrl);
        }
        return new String[] {m.group(1), m.group(2) == null ? "5432" : m.group(2), m.group(3)};
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
