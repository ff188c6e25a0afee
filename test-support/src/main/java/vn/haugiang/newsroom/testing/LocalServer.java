package vn.haugiang.newsroom.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The real servers the tests talk to, at the addresses the apps' {@code local} profile uses.
 *
 * <p>Each address can be overridden with the same environment variable the apps read
 * ({@code CMS_DB_URL}, {@code CMS_ES_URIS}, {@code CMS_S3_ENDPOINT}, ...), so tests and apps always
 * point at the same servers.
 */
public enum LocalServer {

    POSTGRES("PostgreSQL") {
        @Override
        void probe() throws Exception {
            try (var connection = DriverManager.getConnection(
                    LocalServers.postgresUrl(), LocalServers.postgresUser(), LocalServers.postgresPassword())) {
                connection.createStatement().execute("SELECT 1");
            }
        }

        @Override
        String address() {
            return LocalServers.postgresUrl() + " (user " + LocalServers.postgresUser() + ")";
        }
    },

    ELASTICSEARCH("Elasticsearch") {
        @Override
        void probe() throws Exception {
            var health = URI.create(LocalServers.elasticsearchUri() + "/_cluster/health?wait_for_status=yellow&timeout=10s");
            var response = get(health);
            if (response.statusCode() != 200) {
                throw new IOException("cluster health answered HTTP " + response.statusCode() + ": " + response.body());
            }
        }

        @Override
        String address() {
            return LocalServers.elasticsearchUri().toString();
        }
    },

    S3("S3 (S3Proxy locally, MinIO in production)") {
        @Override
        void probe() throws Exception {
            // Any HTTP answer, even 403 for an unsigned request, means the S3 API is listening.
            get(LocalServers.s3Endpoint());
        }

        @Override
        String address() {
            return LocalServers.s3Endpoint().toString();
        }
    };

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final String displayName;

    LocalServer(String displayName) {
        this.displayName = displayName;
    }

    /** Throws when the server cannot be reached or is not ready. */
    abstract void probe() throws Exception;

    abstract String address();

    String displayName() {
        return displayName;
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static void requireDriver() {
        try {
            DriverManager.getDriver(LocalServers.postgresUrl());
        } catch (SQLException e) {
            throw new IllegalStateException("the PostgreSQL JDBC driver is not on the test classpath", e);
        }
    }
}
