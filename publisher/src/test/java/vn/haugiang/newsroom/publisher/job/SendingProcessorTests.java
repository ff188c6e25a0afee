package vn.haugiang.newsroom.publisher.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import software.amazon.awssdk.services.s3.S3Client;
import vn.haugiang.newsroom.publisher.delivery.ChannelKind;
import vn.haugiang.newsroom.publisher.delivery.ClaimedDelivery;
import vn.haugiang.newsroom.publisher.delivery.Deliveries;
import vn.haugiang.newsroom.publisher.delivery.DeliverySender;
import vn.haugiang.newsroom.publisher.delivery.Outcome;
import vn.haugiang.newsroom.storage.StorageProperties;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

@SpringBootTest
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class SendingProcessorTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    S3Client s3;

    @Autowired
    StorageProperties storage;

    @Autowired
    Deliveries deliveries;

    @Autowired
    OutboxPlanning planning;

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
    void aSenderThatThrowsFailsAWebDeliveryAndLeavesASocialOneUnknown() {
        DeliverySender broken = new DeliverySender() {
            @Override
            public Set<ChannelKind> kinds() {
                return Set.of(ChannelKind.WEB, ChannelKind.FACEBOOK);
            }

            @Override
            public Outcome send(ClaimedDelivery delivery) {
                throw new IllegalStateException("bug in the sender");
            }
        };
        var processor = new SendingProcessor(new DeliverySenders(List.of(broken)), deliveries, Duration.ofMinutes(5));

        Outcome web = processor.process(claimed(ChannelKind.WEB, Instant.now().plusSeconds(300))).outcome();
        Outcome facebook = processor.process(claimed(ChannelKind.FACEBOOK, Instant.now().plusSeconds(300))).outcome();

        assertThat(web).isInstanceOf(Outcome.Permanent.class);
        assertThat(((Outcome.Permanent) web).reason()).contains("bug in the sender");
        assertThat(facebook).isInstanceOf(Outcome.Unknown.class);
    }

    @Test
    void aSendPastHalfTheLeaseRenewsTheInstancesLeasesFirst() {
        JobFixtures.Item item = fx.publishedItem("Tin gửi chậm");
        planning.planNewEvents();
        String instance = "test-slow-" + UUID.randomUUID();
        ClaimedDelivery mine = deliveries.claimDue(instance, ChannelKind.WEB, 1000, Duration.ofSeconds(20)).stream()
                .filter(d -> d.itemId().equals(item.id())).findFirst().orElseThrow();
        DeliverySender slow = new DeliverySender() {
            @Override
            public Set<ChannelKind> kinds() {
                return Set.of(ChannelKind.WEB);
            }

            @Override
            public Outcome send(ClaimedDelivery delivery) {
                return new Outcome.Delivered(null, null, null);
            }
        };

        new SendingProcessor(new DeliverySenders(List.of(slow)), deliveries, Duration.ofMinutes(10)).process(mine);

        long secondsLeft = jdbc.sql("""
                SELECT CAST(extract(epoch FROM claimed_until - now()) AS bigint) FROM delivery WHERE id = :id
                """).param("id", mine.deliveryId()).query(Long.class).single();
        assertThat(secondsLeft).isBetween(500L, 600L);
    }

    private static ClaimedDelivery claimed(ChannelKind kind, Instant until) {
        return new ClaimedDelivery(UUID.randomUUID(), UUID.randomUUID(), 1, "test-" + kind.code(), kind, 1, "test",
                until);
    }
}
