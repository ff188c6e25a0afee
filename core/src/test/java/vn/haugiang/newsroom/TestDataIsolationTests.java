package vn.haugiang.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.haugiang.newsroom.storage.StorageProperties;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.LocalServers;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/**
 * A test's application context writes where test-support points it, not into the database and
 * buckets of the local stack ({@code cms}, {@code media}, {@code site} in {@code newsroom-shared.yaml}).
 */
@SpringBootTest
@RequiresLocalServers(LocalServer.POSTGRES)
class TestDataIsolationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StorageProperties storage;

    @Test
    void theContextUsesTheDatabaseAndBucketsTheTestSupportNames() {
        String url = LocalServers.postgresUrl();
        String named = url.substring(url.lastIndexOf('/') + 1).split("\\?")[0];

        assertThat(currentDatabase()).isEqualTo(named);
        assertThat(storage.mediaBucket()).isEqualTo(LocalServers.mediaBucket());
        assertThat(storage.siteBucket()).isEqualTo(LocalServers.siteBucket());
    }

    @Test
    @DisabledIfEnvironmentVariable(named = "CMS_DB_URL", matches = ".+", disabledReason = "the caller chose the database")
    @DisabledIfEnvironmentVariable(named = "CMS_S3_MEDIA_BUCKET", matches = ".+", disabledReason = "the caller chose the bucket")
    @DisabledIfEnvironmentVariable(named = "CMS_S3_SITE_BUCKET", matches = ".+", disabledReason = "the caller chose the bucket")
    void byDefaultTheTestsUseCmsTestAndTheTestBuckets() {
        assertThat(currentDatabase()).isEqualTo("cms_test");
        assertThat(storage.mediaBucket()).isEqualTo("test-media");
        assertThat(storage.siteBucket()).isEqualTo("test-site");
    }

    private String currentDatabase() {
        return jdbc.sql("SELECT current_database()").query(String.class).single();
    }
}
