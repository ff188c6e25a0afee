package vn.haugiang.newsroom.publisher.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

import software.amazon.awssdk.services.s3.S3Client;
import vn.haugiang.newsroom.publisher.job.JobFixtures.Delivery;
import vn.haugiang.newsroom.publisher.job.JobFixtures.Item;
import vn.haugiang.newsroom.storage.StorageProperties;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/**
 * The publish job end to end against PostgreSQL and S3, with chunks of five and a long lease (a
 * test that needs a lease to run out moves it into the past, as time would).
 */
@SpringBootTest(properties = {"newsroom.publisher.job.chunk-size=5", "newsroom.publisher.job.lease=PT30M"})
@Import(CountingSenders.class)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class PublishJobTests {

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

    JobFixtures fx;

    @BeforeEach
    void setUp() {
        CountingSenders.noCrash();
        fx = new JobFixtures(jdbc, s3, storage.siteBucket());
    }

    @AfterEach
    void tearDown() {
        CountingSenders.noCrash();
        fx.close();
    }

    @Test
    void aChunkOfFiveWhoseThirdCannotBeRecordedDeliversTheOtherFourOnceAndFailsTheThirdWithItsReason() {
        // The third item's channel has a base URL so long that its page URL does not fit external_url.
        UUID longUrlColumn = fx.columnOnNewChannel("https://dai.example/" + "a".repeat(2100) + "/");
        List<Item> items = List.of(fx.publishedItem("Tin 1"), fx.publishedItem("Tin 2"),
                fx.publishedItem("Tin 3", longUrlColumn), fx.publishedItem("Tin 4"), fx.publishedItem("Tin 5"));
        planning.planNewEvents();
        // Claimed in due order: make it the items' order, ahead of anything else due.
        for (int i = 0; i < items.size(); i++) {
            jdbc.sql("UPDATE delivery SET due_at = TIMESTAMPTZ '2000-01-01 00:00:00Z' + make_interval(secs => :i) "
                    + "WHERE item_id = :item").param("i", i).param("item", items.get(i).id()).update();
        }

        PublishRun run = PublishRun.of(runs.run("test-chunk-" + UUID.randomUUID()));

        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(run).extracting(PublishRun::read, PublishRun::written, PublishRun::skipped, PublishRun::delivered,
                PublishRun::failed).containsExactly(5L, 4L, 1L, 4L, 1L);
        List<UUID> ids = items.stream().map(Item::id).toList();
        Map<UUID, Long> deliveredEvents = fx.deliveredEvents(ids);
        for (int i = 0; i < items.size(); i++) {
            Delivery delivery = fx.deliveries(items.get(i).id()).get(0);
            if (i == 2) {
                assertThat(delivery.state()).isEqualTo("failed_permanent");
                assertThat(lastError(delivery.id())).startsWith("outcome could not be recorded (Delivered):")
                        .contains("value too long for type character varying(2048)");
                assertThat(fx.deliveryEvents(items.get(i).id()))
                        .containsExactly("→pending", "pending→in_progress", "in_progress→failed_permanent");
            }
            else {
                assertThat(delivery.state()).isEqualTo("delivered");
                assertThat(deliveredEvents.get(delivery.id())).isEqualTo(1L);
                assertThat(fx.head(fx.channelId() + "/tin/" + items.get(i).slug() + ".html")).isNotNull();
            }
            // Writing the chunk again item by item sent nothing again.
            assertThat(CountingSenders.sends(delivery.id())).as("sends of item %d", i + 1).isEqualTo(1);
        }
    }

    @Test
    void aThousandItemsArePublishedOnceEachWhenTheRunIsKilledMidChunkAndRestarted() {
        List<UUID> items = fx.publishedItems(1000);
        // 86 chunks of five go through; the 87th sends three, then the process "dies".
        CountingSenders.crashAfter(433);

        JobExecution killed = runs.run("test-killed-" + UUID.randomUUID());

        assertThat(killed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(fx.statesOf(items)).containsExactlyInAnyOrderEntriesOf(
                Map.of("delivered", 430L, "in_progress", 5L, "pending", 565L));
        List<UUID> deliveredBeforeCrash = deliveryIds(items, "delivered");
        List<UUID> heldByTheDeadRun = deliveryIds(items, "in_progress");

        CountingSenders.noCrash();
        JobExecution restarted = runs.restart(killed.getId(), false, null);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getId()).isEqualTo(killed.getJobInstance().getId());
        // The dead run's claims hold until their lease runs out; nothing else is left.
        assertThat(fx.statesOf(items)).containsExactlyInAnyOrderEntriesOf(Map.of("delivered", 995L, "in_progress", 5L));
        assertThat(deliveryIds(items, "in_progress")).containsExactlyInAnyOrderElementsOf(heldByTheDeadRun);

        // Time passes: the lease runs out, and web deliveries are simply due again.
        jdbc.sql("UPDATE delivery SET claimed_until = now() - interval '1 second' WHERE id = ANY (CAST(:ids AS uuid[]))")
                .param("ids", uuids(heldByTheDeadRun)).update();
        assertThat(runs.run("test-next-" + UUID.randomUUID()).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(fx.statesOf(items)).containsExactlyEntriesOf(Map.of("delivered", 1000L));
        assertThat(fx.deliveredEvents(items)).hasSize(1000).allSatisfy((id, n) -> assertThat(n).isEqualTo(1L));
        assertThat(fx.objectCount()).isEqualTo(1000);
        assertThat(deliveredBeforeCrash).allSatisfy(id -> assertThat(CountingSenders.sends(id)).isEqualTo(1));
        // Only the three pages put just before the crash were put again (same key, same page).
        assertThat(heldByTheDeadRun.stream().mapToInt(CountingSenders::sends).sorted().toArray())
                .containsExactly(1, 1, 2, 2, 2);
    }

    @Test
    void twoInstancesRunningAtOnceDeliverEveryDeliveryExactlyOnce() throws Exception {
        List<UUID> items = fx.publishedItems(300);
        planning.planNewEvents();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<JobExecution> a = pool.submit(() -> {
                start.await();
                return runs.run("test-a-" + UUID.randomUUID());
            });
            Future<JobExecution> b = pool.submit(() -> {
                start.await();
                return runs.run("test-b-" + UUID.randomUUID());
            });
            start.countDown();
            PublishRun byA = PublishRun.of(a.get(5, TimeUnit.MINUTES));
            PublishRun byB = PublishRun.of(b.get(5, TimeUnit.MINUTES));

            assertThat(List.of(byA.status(), byB.status())).containsOnly("COMPLETED");
            assertThat(byA.read()).isPositive();
            assertThat(byB.read()).isPositive();
            assertThat(byA.delivered() + byB.delivered()).isEqualTo(300);
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(fx.statesOf(items)).containsExactlyEntriesOf(Map.of("delivered", 300L));
        Map<UUID, Long> delivered = fx.deliveredEvents(items);
        assertThat(delivered).hasSize(300).allSatisfy((id, n) -> assertThat(n).isEqualTo(1L));
        assertThat(delivered.keySet()).allSatisfy(id -> assertThat(CountingSenders.sends(id)).isEqualTo(1));
        assertThat(fx.objectCount()).isEqualTo(300);
    }

    @Test
    void anItemCorrectedBeforeItsDeliveryWentOutIsPublishedInItsNewVersionOnly() {
        Item item = fx.publishedItem("Tiêu đề ban đầu");
        planning.planNewEvents();
        UUID firstVersion = fx.deliveries(item.id()).get(0).id();

        fx.correct(item.id(), "Tiêu đề đã đính chính");
        runs.run("test-correct-" + UUID.randomUUID());

        assertThat(fx.deliveries(item.id())).extracting(Delivery::version, Delivery::state)
                .containsExactly(tuple(1L, "cancelled"), tuple(2L, "delivered"));
        assertThat(CountingSenders.sends(firstVersion)).isZero();
        assertThat(fx.text(fx.channelId() + "/tin/" + item.slug() + ".html")).contains("Tiêu đề đã đính chính");
    }

    @Test
    void anItemTakenDownBeforeItsDeliveryWentOutIsNeverPublished() {
        Item item = fx.publishedItem("Tin sẽ bị gỡ");
        planning.planNewEvents();

        fx.takeDown(item.id());
        runs.run("test-takedown-" + UUID.randomUUID());

        assertThat(fx.deliveries(item.id())).extracting(Delivery::state).containsExactly("cancelled");
        assertThat(fx.head(fx.channelId() + "/tin/" + item.slug() + ".html")).isNull();
    }

    private String lastError(UUID deliveryId) {
        return jdbc.sql("SELECT last_error FROM delivery WHERE id = :id").param("id", deliveryId)
                .query(String.class).single();
    }

    private List<UUID> deliveryIds(List<UUID> items, String state) {
        return jdbc.sql("SELECT id FROM delivery WHERE item_id = ANY (CAST(:ids AS uuid[])) AND state = :state")
                .param("ids", uuids(items)).param("state", state).query(UUID.class).list();
    }

    private static SqlParameterValue uuids(List<UUID> ids) {
        return new SqlParameterValue(Types.ARRAY, ids.toArray(UUID[]::new));
    }
}
