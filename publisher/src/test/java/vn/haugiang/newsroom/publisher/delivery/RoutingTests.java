package vn.haugiang.newsroom.publisher.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

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
class RoutingTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Routing routing;

    DeliveryFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new DeliveryFixtures(jdbc);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void columnDefaultsAndMatchingRulesAndIncludedChoicesMinusExclusionsAreTheChannels() {
        String web = fx.channel("web");
        String facebook = fx.channel("facebook");
        String youtube = fx.channel("youtube");
        String zalo = fx.channel("zalo");
        String otherTask = fx.channel("web");
        String disabled = fx.channel("web");
        UUID column = fx.column(web, facebook, "no-such-channel");
        fx.rule(youtube, "NV1.c", true);
        fx.rule(otherTask, "NV2.a", true);
        fx.rule(disabled, null, false);
        UUID item = fx.item(column, "published", "NV1.c", "NV1.a");
        fx.choose(item, facebook, false);
        fx.choose(item, zalo, true);

        assertThat(routing.channelsOf(item)).containsExactlyInAnyOrder(web, youtube, zalo);
    }

    @Test
    void anExclusionWinsOverARuleAndTheColumn() {
        String web = fx.channel("web");
        UUID column = fx.column(web);
        fx.rule(web, "NV1.c", true);
        UUID item = fx.item(column, "published", "NV1.c");
        fx.choose(item, web, false);

        assertThat(routing.channelsOf(item)).isEmpty();
    }

    @Test
    void aPausedChannelIsStillRoutedSoItsDeliveriesWait() {
        String web = fx.channel("web");
        jdbc.sql("UPDATE output_channel SET status = 'paused' WHERE id = :id").param("id", web).update();
        UUID item = fx.item(fx.column(web), "published");

        assertThat(routing.channelsOf(item)).containsExactly(web);
    }
}
