package vn.haugiang.newsroom.publisher.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.haugiang.newsroom.publisher.delivery.DeliveryFixtures.DeliveryRow;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

@SpringBootTest
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class DeliveryPlannerTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeliveryPlanner planner;

    @Autowired
    DeliveryActions actions;

    DeliveryFixtures fx;
    String web;
    String facebook;
    UUID column;

    @BeforeEach
    void setUp() {
        fx = new DeliveryFixtures(jdbc);
        web = fx.channel("web");
        facebook = fx.channel("facebook");
        column = fx.column(web, facebook);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void planningTwiceCreatesOneDeliveryPerChannel() {
        UUID item = fx.item(column, "published");

        DeliveriesPlanned first = planner.plan(item);
        DeliveriesPlanned second = planner.plan(item);

        assertThat(first.created()).hasSize(2);
        assertThat(second.created()).isEmpty();
        assertThat(second.cancelled()).isEmpty();
        assertThat(fx.deliveries(item)).extracting(DeliveryRow::channelId, DeliveryRow::version, DeliveryRow::state)
                .containsExactlyInAnyOrder(tuple(web, 1L, "pending"),
                        tuple(facebook, 1L, "pending"));
        assertThat(fx.deliveries(item)).allSatisfy(d -> assertThat(fx.events(d.id())).containsExactly("→pending"));
    }

    @Test
    void aCorrectionCancelsTheOlderVersionsWaitingDeliveriesAndPlansItsOwn() {
        UUID item = fx.item(column, "published");
        planner.plan(item);
        fx.change(item, "corrected");

        DeliveriesPlanned planned = planner.plan(item);

        assertThat(planned.itemVersion()).isEqualTo(2);
        assertThat(planned.created()).hasSize(2);
        assertThat(planned.cancelled()).hasSize(2);
        assertThat(fx.deliveries(item)).extracting(DeliveryRow::version, DeliveryRow::state)
                .containsExactly(tuple(1L, "cancelled"),
                        tuple(1L, "cancelled"),
                        tuple(2L, "pending"),
                        tuple(2L, "pending"));
        assertThat(fx.deliveries(item)).filteredOn(d -> d.version() == 1)
                .allSatisfy(d -> assertThat(fx.events(d.id())).containsExactly("→pending", "pending→cancelled"));
    }

    @Test
    void takingDownCancelsTheWaitingDeliveriesButNotOnesThatMayBeOut() {
        UUID item = fx.item(column, "published");
        planner.plan(item);
        UUID webDelivery = fx.deliveries(item).stream().filter(d -> d.channelId().equals(web)).findFirst()
                .orElseThrow().id();
        // Sent or maybe sent: only a reconcile can tell, so a takedown leaves it alone.
        jdbc.sql("UPDATE delivery SET state = 'unknown' WHERE id = :id").param("id", webDelivery).update();
        fx.change(item, "taken_down");

        DeliveriesPlanned planned = planner.plan(item);

        assertThat(planned.created()).isEmpty();
        assertThat(planned.cancelled()).hasSize(1);
        assertThat(fx.deliveries(item)).extracting(DeliveryRow::channelId, DeliveryRow::state)
                .containsExactlyInAnyOrder(tuple(web, "unknown"),
                        tuple(facebook, "cancelled"));
        assertThat(fx.events(planned.cancelled().get(0))).containsExactly("→pending", "pending→cancelled");
    }

    @Test
    void anExclusionAddedAfterPlanningCancelsThatChannelsWaitingDelivery() {
        UUID item = fx.item(column, "published");
        planner.plan(item);
        fx.choose(item, facebook, false);

        DeliveriesPlanned planned = planner.plan(item);

        assertThat(planned.cancelled()).hasSize(1);
        assertThat(fx.deliveries(item)).extracting(DeliveryRow::channelId, DeliveryRow::state)
                .containsExactlyInAnyOrder(tuple(web, "pending"),
                        tuple(facebook, "cancelled"));
    }

    @Test
    void liftingAnExclusionReopensThatChannelsCancelledDelivery() {
        UUID item = fx.item(column, "published");
        planner.plan(item);
        fx.choose(item, facebook, false);
        planner.plan(item);
        jdbc.sql("DELETE FROM item_channel_choice WHERE item_id = :item").param("item", item).update();

        DeliveriesPlanned planned = planner.plan(item);

        assertThat(planned.created()).hasSize(1);
        assertThat(fx.deliveries(item)).extracting(DeliveryRow::state).containsOnly("pending");
        assertThat(fx.events(planned.created().get(0)))
                .containsExactly("→pending", "pending→cancelled", "cancelled→pending");
    }

    @Test
    void anOperatorsCancelStandsWhenTheItemIsPlannedAgain() {
        UUID item = fx.item(column, "published");
        planner.plan(item);
        DeliveryRow facebookDelivery = fx.deliveries(item).stream()
                .filter(d -> d.channelId().equals(facebook)).findFirst().orElseThrow();
        actions.cancel(null, facebookDelivery.id(), "quantri.bhg");

        // Planning re-reads recent outbox rows on every run: the same item is planned again.
        planner.plan(item);

        assertThat(fx.deliveries(item)).filteredOn(d -> d.channelId().equals(facebook))
                .extracting(DeliveryRow::state).containsExactly("cancelled");
        assertThat(fx.events(facebookDelivery.id())).containsExactly("→pending", "pending→cancelled");
    }

    @Test
    void deliveriesAreDueAtTheLaterOfPublishTimeAndEmbargo() {
        Instant publishAt = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Instant embargo = publishAt.plus(2, ChronoUnit.HOURS);
        UUID scheduled = fx.item(column, "published");
        fx.schedule(scheduled, publishAt, embargo);
        UUID now = fx.item(column, "published");
        fx.schedule(now, Instant.now().minus(1, ChronoUnit.DAYS), null);

        planner.plan(scheduled);
        planner.plan(now);

        assertThat(fx.deliveries(scheduled)).extracting(DeliveryRow::dueAt).containsOnly(embargo);
        assertThat(fx.deliveries(now)).allSatisfy(
                d -> assertThat(d.dueAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES)));
    }

    @Test
    void anItemNotYetPublishedPlansNothing() {
        UUID item = fx.item(column, "approved");

        assertThat(planner.plan(item).created()).isEmpty();
        assertThat(fx.deliveries(item)).isEmpty();
    }
}
