package vn.haugiang.newsroom.publisher.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import vn.haugiang.newsroom.publisher.TestTokens;
import vn.haugiang.newsroom.publisher.job.JobFixtures.Delivery;
import vn.haugiang.newsroom.publisher.job.JobFixtures.Item;
import vn.haugiang.newsroom.storage.StorageProperties;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class WebPublishingTests {

    private static final String INSTANCE = "test-job-" + UUID.randomUUID();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    S3Client s3;

    @Autowired
    StorageProperties storage;

    @Autowired
    OutboxPlanning planning;

    @Autowired
    PublishRuns runs;

    @Autowired
    Environment environment;

    @LocalServerPort
    int port;

    JobFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new JobFixtures(jdbc, s3, storage.siteBucket());
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void aPublishedItemBecomesAnArticlePageInTheSiteBucket() {
        Item item = fx.publishedItem("Hậu Giang khánh thành cầu mới");

        runUntilSettled(item.id(), 1);

        String key = fx.channelId() + "/tin/" + item.slug() + ".html";
        assertThat(fx.head(key)).isNotNull()
                .satisfies(head -> assertThat(head.contentType()).startsWith("text/html"));
        assertThat(fx.text(key)).contains("lang=\"vi\"").contains("Hậu Giang khánh thành cầu mới");
        assertThat(fx.deliveries(item.id())).extracting(Delivery::version, Delivery::state, Delivery::externalId,
                Delivery::url)
                .containsExactly(tuple(1L, "delivered", key, fx.baseUrl() + "tin/" + item.slug() + ".html"));
    }

    @Test
    void runningAgainPublishesNothingTwice() {
        Item item = fx.publishedItem("Tin chỉ đăng một lần");
        runUntilSettled(item.id(), 1);
        String key = fx.channelId() + "/tin/" + item.slug() + ".html";
        HeadObjectResponse before = fx.head(key);
        var events = fx.deliveryEvents(item.id());

        planning.planNewEvents();
        runs.run(INSTANCE);

        HeadObjectResponse after = fx.head(key);
        assertThat(fx.deliveries(item.id())).hasSize(1).allMatch(d -> d.state().equals("delivered"));
        assertThat(fx.deliveryEvents(item.id())).isEqualTo(events);
        assertThat(after).isNotNull();
        assertThat(after.eTag()).isEqualTo(before.eTag());
        assertThat(after.lastModified()).isEqualTo(before.lastModified());
    }

    @Test
    void aCorrectionPublishesTheNewVersionOverThePage() {
        Item item = fx.publishedItem("Tiêu đề ban đầu");
        runUntilSettled(item.id(), 1);

        fx.correct(item.id(), "Tiêu đề đã đính chính");
        runUntilSettled(item.id(), 2);

        assertThat(fx.deliveries(item.id())).extracting(Delivery::version, Delivery::state)
                .containsExactly(tuple(1L, "delivered"), tuple(2L, "delivered"));
        String page = fx.text(fx.channelId() + "/tin/" + item.slug() + ".html");
        assertThat(page).contains("Tiêu đề đã đính chính").doesNotContain("Tiêu đề ban đầu");
    }

    @Test
    void theRunEndpointRunsTheJobAndAnswersWithItsCounts() {
        Item item = fx.publishedItem("Tin đăng theo yêu cầu");
        // An admin of the item's unit: a unit admin's run publishes only their unit's deliveries.
        String token = new TestTokens(environment).token("quantri", "UNIT_ADMIN", fx.unitId());

        PublishRunResult result = RestClient.create("http://127.0.0.1:" + port).post().uri("/api/publish/run")
                .header("Authorization", "Bearer " + token)
                .retrieve().body(PublishRunResult.class);

        assertThat(result).isNotNull();
        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(result.plannedEvents()).isPositive();
        assertThat(result.read()).isGreaterThanOrEqualTo(1);
        assertThat(result.delivered()).isGreaterThanOrEqualTo(1);
        assertThat(fx.deliveries(item.id())).extracting(Delivery::state).containsExactly("delivered");
        assertThat(fx.head(fx.channelId() + "/tin/" + item.slug() + ".html")).isNotNull();
    }

    /**
     * Runs the publish job until the item's delivery of {@code version} is delivered. One run is
     * enough on a quiet database; more are allowed because another test's run may hold it meanwhile.
     */
    private void runUntilSettled(UUID itemId, long version) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            runs.run(INSTANCE);
            boolean delivered = fx.deliveries(itemId).stream()
                    .anyMatch(d -> d.version() == version && d.state().equals("delivered"));
            if (delivered) {
                return;
            }
            assertThat(Instant.now()).as("delivery of version %d delivered in time", version).isBefore(deadline);
        }
    }

    record PublishRunResult(long id, String status, long plannedEvents, long read, long written, long delivered) {
    }
}
