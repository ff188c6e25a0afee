package vn.haugiang.newsroom.publisher.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import software.amazon.awssdk.services.s3.S3Client;
import vn.haugiang.newsroom.publisher.job.JobFixtures.Delivery;
import vn.haugiang.newsroom.publisher.job.JobFixtures.Item;
import vn.haugiang.newsroom.storage.StorageProperties;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

// Same context as WebPublishingTests (RANDOM_PORT), so the suite starts one application context.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class OutboxPlanningTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    S3Client s3;

    @Autowired
    StorageProperties storage;

    @Autowired
    OutboxPlanning planning;

    JobFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new JobFixtures(jdbc, s3, storage.siteBucket());
        // Nothing is sent in these tests: the planned deliveries stay pending where they can be seen.
        fx.pauseChannel();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void aPublishedEventPlansTheItemsDeliveriesAndMovesThePosition() {
        Item item = fx.publishedItem("Tin được lên kế hoạch");

        int handled = planning.planNewEvents();

        assertThat(handled).isPositive();
        assertThat(fx.deliveries(item.id())).extracting(Delivery::version, Delivery::state)
                .containsExactly(tuple(1L, "pending"));
        assertThat(fx.position()).isGreaterThanOrEqualTo(fx.lastOutboxId(item.id()));
    }

    @Test
    void aTakenDownEventCancelsTheWaitingDeliveries() {
        Item item = fx.publishedItem("Tin sẽ bị gỡ");
        planning.planNewEvents();

        fx.takeDown(item.id());
        planning.planNewEvents();

        assertThat(fx.deliveries(item.id())).extracting(Delivery::version, Delivery::state)
                .containsExactly(tuple(1L, "cancelled"));
    }

    @Test
    void anEventThatCommitsBehindThePositionIsStillPlanned() {
        planning.planNewEvents();
        Item item = fx.publishedItem("Tin đến muộn");
        // A later event was read first: the position is already past this one.
        fx.readUpTo(fx.lastOutboxId(item.id()));

        planning.planNewEvents();

        assertThat(fx.deliveries(item.id())).extracting(Delivery::version, Delivery::state)
                .containsExactly(tuple(1L, "pending"));
    }

    @Test
    void planningTheSameEventsAgainChangesNothing() {
        Item item = fx.publishedItem("Tin lên kế hoạch hai lần");
        planning.planNewEvents();
        var before = fx.deliveryEvents(item.id());

        planning.planNewEvents();

        assertThat(fx.deliveryEvents(item.id())).isEqualTo(before).containsExactly("→pending");
    }
}
