package vn.haugiang.newsroom.publisher.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

@SpringBootTest
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class DeliveriesTests {

    private static final Duration LEASE = Duration.ofMinutes(5);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Deliveries deliveries;

    DeliveryFixtures fx;
    String channel;
    UUID item;

    @BeforeEach
    void setUp() {
        fx = new DeliveryFixtures(jdbc);
        channel = fx.channel("facebook");
        item = fx.item(null, "published");
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void twoInstancesClaimEveryDueDeliveryExactlyOnce() throws Exception {
        List<UUID> mine = fx.dueDeliveries(item, channel, 200);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<UUID>> a = pool.submit(() -> claimAll("test-a-" + UUID.randomUUID(), start));
            Future<List<UUID>> b = pool.submit(() -> claimAll("test-b-" + UUID.randomUUID(), start));
            start.countDown();
            List<UUID> byA = a.get(60, TimeUnit.SECONDS);
            List<UUID> byB = b.get(60, TimeUnit.SECONDS);

            List<UUID> all = new ArrayList<>(byA);
            all.addAll(byB);
            assertThat(all).doesNotHaveDuplicates().containsAll(mine);
            assertThat(byA).isNotEmpty();
            assertThat(byB).isNotEmpty();
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("""
                SELECT count(*) FROM delivery WHERE id = ANY (CAST(:ids AS uuid[]))
                  AND state = 'in_progress' AND attempts = 1
                """).param("ids", mine.stream().map(UUID::toString).toArray(String[]::new))
                .query(Integer.class).single()).isEqualTo(200);
        assertThat(fx.events(mine.get(0))).containsExactly("pending→in_progress");
    }

    private List<UUID> claimAll(String instance, CountDownLatch start) throws InterruptedException {
        start.await();
        List<UUID> claimed = new ArrayList<>();
        List<ClaimedDelivery> batch;
        do {
            batch = deliveries.claimDue(instance, 7, LEASE);
            batch.forEach(d -> claimed.add(d.deliveryId()));
        } while (!batch.isEmpty());
        return claimed;
    }

    @Test
    void anExpiredClaimBecomesUnknownAndIsNeverClaimedForSendingAgain() {
        UUID delivery = fx.dueDeliveries(item, channel, 1).get(0);
        String dead = "test-dead-" + UUID.randomUUID();
        assertThat(claimedIds(deliveries.claimDue(dead, 1000, LEASE))).contains(delivery);
        // The instance died mid-send: its lease runs out.
        jdbc.sql("UPDATE delivery SET claimed_until = now() - interval '1 minute' WHERE id = :id")
                .param("id", delivery).update();

        String survivor = "test-survivor-" + UUID.randomUUID();
        assertThat(claimedIds(deliveries.claimDue(survivor, 1000, LEASE))).doesNotContain(delivery);
        assertThat(claimedIds(deliveries.claimDue(survivor, 1000, LEASE))).doesNotContain(delivery);

        assertThat(fx.delivery(delivery).state()).isEqualTo("unknown");
        assertThat(fx.events(delivery)).containsExactly("pending→in_progress", "in_progress→unknown");
        // What the dead instance would have said, had it come back late, no longer counts.
        assertThat(deliveries.record(delivery, dead, new Outcome.Delivered("post-1", null, 200))).isFalse();
        assertThat(fx.delivery(delivery).state()).isEqualTo("unknown");
    }

    @Test
    void aWebDeliveryWhoseLeaseRanOutIsDueAgainBecauseAPagePutCanBeRepeated() {
        String web = fx.channel("web");
        UUID delivery = fx.dueDeliveries(item, web, 1).get(0);
        String dead = "test-dead-" + UUID.randomUUID();
        assertThat(claimedIds(deliveries.claimDue(dead, ChannelKind.WEB, 1000, LEASE))).contains(delivery);
        jdbc.sql("UPDATE delivery SET claimed_until = now() - interval '1 minute' WHERE id = :id")
                .param("id", delivery).update();

        String survivor = "test-survivor-" + UUID.randomUUID();
        List<ClaimedDelivery> again = deliveries.claimDue(survivor, Set.of(ChannelKind.WEB), 1000, LEASE);

        assertThat(again).filteredOn(d -> d.deliveryId().equals(delivery)).singleElement()
                .satisfies(d -> assertThat(d.attempt()).isEqualTo(2));
        assertThat(fx.events(delivery))
                .containsExactly("pending→in_progress", "in_progress→pending", "pending→in_progress");
        // The dead instance's late word no longer counts; the survivor's does.
        assertThat(deliveries.record(delivery, dead, new Outcome.Delivered("k", null, 200))).isFalse();
        assertThat(deliveries.record(delivery, survivor, new Outcome.Delivered("k", null, 200))).isTrue();
    }

    @Test
    void renewingExtendsOnlyTheRunningLeasesOfTheInstance() {
        List<UUID> two = fx.dueDeliveries(item, channel, 2);
        String instance = "test-" + UUID.randomUUID();
        deliveries.claimDue(instance, 1000, LEASE);
        jdbc.sql("UPDATE delivery SET claimed_until = now() + interval '10 seconds' WHERE id = :id")
                .param("id", two.get(0)).update();
        jdbc.sql("UPDATE delivery SET claimed_until = now() - interval '10 seconds' WHERE id = :id")
                .param("id", two.get(1)).update();

        deliveries.renewLeases(instance, Duration.ofHours(1));

        assertThat(secondsLeft(two.get(0))).isGreaterThan(3500);
        assertThat(secondsLeft(two.get(1))).isNegative();
    }

    private long secondsLeft(UUID delivery) {
        return jdbc.sql("SELECT CAST(extract(epoch FROM claimed_until - now()) AS bigint) FROM delivery WHERE id = :id")
                .param("id", delivery).query(Long.class).single();
    }

    @Test
    void aSenderOfOneKindClaimsOnlyThatKindsDeliveries() {
        String web = fx.channel("web");
        String facebook = fx.channel("facebook");
        UUID webDelivery = fx.dueDeliveries(item, web, 1).get(0);
        UUID facebookDelivery = fx.dueDeliveries(item, facebook, 1).get(0);
        String instance = "test-" + UUID.randomUUID();

        Set<UUID> claimed = claimedIds(deliveries.claimDue(instance, ChannelKind.WEB, 1000, LEASE));

        assertThat(claimed).contains(webDelivery).doesNotContain(facebookDelivery);
        assertThat(fx.delivery(facebookDelivery).state()).isEqualTo("pending");
        assertThat(fx.events(facebookDelivery)).doesNotContain("pending→in_progress");
    }

    @Test
    void aChannelNeedingReauthorisationHoldsBackItsOtherDueDeliveries() {
        UUID first = fx.dueDeliveries(item, channel, 1).get(0);
        String instance = "test-" + UUID.randomUUID();
        assertThat(claimedIds(deliveries.claimDue(instance, 1000, LEASE))).contains(first);
        UUID other = fx.item(null, "published");
        List<UUID> waiting = fx.dueDeliveries(other, channel, 3);

        boolean recorded = deliveries.record(first, instance,
                new Outcome.ChannelNeedsReauthorisation("Graph code 190: token expired"));

        assertThat(recorded).isTrue();
        assertThat(fx.channelStatus(channel)).isEqualTo("needs_reauthorisation");
        assertThat(fx.delivery(first).state()).isEqualTo("pending");
        assertThat(claimedIds(deliveries.claimDue(instance, 1000, LEASE))).doesNotContain(first)
                .doesNotContainAnyElementsOf(waiting);
        assertThat(waiting).allSatisfy(id -> assertThat(fx.delivery(id).state()).isEqualTo("pending"));
    }

    @Test
    void outcomesMoveTheDeliveryAndAreLoggedWithTheirDetails() {
        List<UUID> three = fx.dueDeliveries(item, channel, 3);
        String instance = "test-" + UUID.randomUUID();
        deliveries.claimDue(instance, 1000, LEASE);
        Instant retryAt = Instant.now().plus(15, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

        Outcome delivered = new Outcome.Delivered("123_456", "https://fb.com/123_456", 200);
        assertThat(deliveries.record(three.get(0), instance, delivered)).isTrue();
        assertThat(deliveries.record(three.get(1), instance, new Outcome.RetryLater(retryAt, "Graph code 32", 400)))
                .isTrue();
        assertThat(deliveries.record(three.get(2), instance, new Outcome.Permanent("Graph code 100", 400))).isTrue();
        assertThat(deliveries.record(three.get(2), instance, new Outcome.Unknown("twice"))).isFalse();

        assertThat(fx.delivery(three.get(0)).state()).isEqualTo("delivered");
        assertThat(fx.delivery(three.get(1))).satisfies(d -> {
            assertThat(d.state()).isEqualTo("failed_retryable");
            assertThat(d.dueAt()).isEqualTo(retryAt);
        });
        assertThat(fx.delivery(three.get(2)).state()).isEqualTo("failed_permanent");
        assertThat(jdbc.sql("""
                SELECT http_status || ' ' || external_id || ' ' || external_url FROM delivery_event
                WHERE delivery_id = :id AND to_state = 'delivered'
                """).param("id", three.get(0)).query(String.class).single())
                .isEqualTo("200 123_456 https://fb.com/123_456");
        // Not due before its time.
        assertThat(claimedIds(deliveries.claimDue(instance, 1000, LEASE))).doesNotContain(three.get(1));
    }

    @Test
    void aRetryableDeliveryIsClaimedAgainOnceDue() {
        UUID delivery = fx.dueDeliveries(item, channel, 1).get(0);
        String instance = "test-" + UUID.randomUUID();
        deliveries.claimDue(instance, 1000, LEASE);
        deliveries.record(delivery, instance,
                new Outcome.RetryLater(Instant.now().minusSeconds(1), "HTTP 429, Retry-After passed", 429));

        List<ClaimedDelivery> again = deliveries.claimDue(instance, 1000, LEASE);

        assertThat(again).filteredOn(d -> d.deliveryId().equals(delivery)).singleElement()
                .satisfies(d -> {
                    assertThat(d.attempt()).isEqualTo(2);
                    assertThat(d.channelKind()).isEqualTo(ChannelKind.FACEBOOK);
                    assertThat(d.itemId()).isEqualTo(item);
                });
        assertThat(fx.events(delivery))
                .containsExactly("pending→in_progress", "in_progress→failed_retryable",
                        "failed_retryable→in_progress");
    }

    @Test
    void anotherInstanceCannotRecordADeliveryItDidNotClaim() {
        UUID delivery = fx.dueDeliveries(item, channel, 1).get(0);
        deliveries.claimDue("test-owner-" + UUID.randomUUID(), 1000, LEASE);

        assertThat(deliveries.record(delivery, "test-intruder", new Outcome.Delivered(null, null, null))).isFalse();
        assertThat(fx.delivery(delivery).state()).isEqualTo("in_progress");
    }

    private static Set<UUID> claimedIds(List<ClaimedDelivery> claimed) {
        Set<UUID> ids = new HashSet<>();
        claimed.forEach(d -> ids.add(d.deliveryId()));
        return ids;
    }
}
