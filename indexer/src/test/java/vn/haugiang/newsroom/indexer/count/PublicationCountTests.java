package vn.haugiang.newsroom.indexer.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import vn.haugiang.newsroom.indexer.TestIndexes;
import vn.haugiang.newsroom.indexer.TestPublications;
import vn.haugiang.newsroom.indexer.TestTokens;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/**
 * What a publication is, end to end: SQL rows → {@code POST /api/indexing/run} → {@code GET /api/output-counts}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.ELASTICSEARCH, LocalServer.S3})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicationCountTests {

    static final String ALIAS = TestIndexes.uniqueAlias("publications");
    static final String ANALYST = TestTokens.bearer("ANALYST", "so-tt-tt");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestIndexes.register(registry, ALIAS);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ElasticsearchClient elasticsearch;

    @BeforeAll
    void startAtNow() throws Exception {
        TestIndexes.startPublicationsAtNow(elasticsearch, jdbc, ALIAS);
    }

    @AfterAll
    void deleteIndexes() throws Exception {
        TestIndexes.delete(elasticsearch, ALIAS);
    }

    @Test
    void itemPublishedHalfAnHourAfterLocalMidnightCountsOnThatLocalDayAndMonth() throws Exception {
        var data = new TestPublications(jdbc, "tz");
        UUID item = data.item("article", List.of("NV1.đ"), null, "Cảnh giác lừa đảo");
        data.delivery(item, 1, data.web(), "delivered", OffsetDateTime.parse("2024-05-01T00:30+07:00").toInstant());
        run();

        count(data, "day").andExpect(jsonPath("$.rows.length()").value(1))
                .andExpect(jsonPath("$.rows[0].period").value("2024-05-01"))
                .andExpect(jsonPath("$.rows[0].outputs").value(1));
        count(data, "month").andExpect(jsonPath("$.rows[0].period").value("2024-05"));
        count(data, "week").andExpect(jsonPath("$.rows[0].period").value("2024-W18"));
        count(data, "quarter").andExpect(jsonPath("$.rows[0].period").value("2024-Q2"));
        mvc.perform(get("/api/output-counts").param("unit", data.unit()).param("groupBy", "reportingYear")
                        .param("from", "2024-05-01").param("to", "2024-05-01").header("Authorization", ANALYST))
                .andExpect(jsonPath("$.rows[0].reportingYear").value(2024))
                .andExpect(jsonPath("$.totals.outputs").value(1));
        mvc.perform(get("/api/output-counts").param("unit", data.unit()).param("to", "2024-04-30")
                        .header("Authorization", ANALYST))
                .andExpect(jsonPath("$.totals.outputs").value(0));
    }

    @Test
    void itemOnTheWebAndFacebookAndAiredTwiceIsFourOutputsAndOneItem() throws Exception {
        var data = new TestPublications(jdbc, "four");
        UUID item = data.item("video_clip", List.of("NV1.a", "NV1.b"), data.columns().get(0), "Phóng sự an toàn thông tin");
        Instant at = Instant.parse("2026-03-10T02:00:00Z");
        UUID web = data.delivery(item, 1, data.web(), "delivered", at);
        data.delivery(item, 1, data.facebook(), "delivered", at.plusSeconds(60));
        // a correction re-delivered and a later take-down change nothing
        data.delivery(item, 2, data.web(), "delivered", at.plusSeconds(86_400));
        data.event(web, "delivered", "cancelled", at.plusSeconds(2 * 86_400));
        data.delivery(item, 1, data.zalo(), "failed_permanent", at);
        data.slot(item, at.plusSeconds(3600), 30, false, null);
        data.slot(item, at.plusSeconds(7200), 30, true, null);
        run();

        mvc.perform(get("/api/output-counts").param("unit", data.unit()).header("Authorization", ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.outputs").value(4))
                .andExpect(jsonPath("$.totals.items").value(1))
                .andExpect(jsonPath("$.rows[0].outputs").value(4))
                .andExpect(jsonPath("$.rows[0].items").value(1));
        mvc.perform(get("/api/output-counts").param("unit", data.unit()).param("groupBy", "channelKind,planTask")
                        .header("Authorization", ANALYST))
                .andExpect(jsonPath("$.rows.length()").value(6))
                .andExpect(jsonPath("$.rows[?(@.channelKind == 'broadcast' && @.planTask == 'NV1.a')].outputs").value(2))
                .andExpect(jsonPath("$.rows[?(@.channelKind == 'social' && @.planTask == 'NV1.b')].items").value(1))
                .andExpect(jsonPath("$.totals.outputs").value(4));
    }

    @Test
    void aNewDeliveryRewritesItsOwnPublicationAndNotTheItemsAirings() throws Exception {
        var data = new TestPublications(jdbc, "pair");
        UUID item = data.item("audio_clip", List.of("NV2.b"), null, "Bản tin truyền thanh");
        Instant at = Instant.parse("2026-04-01T01:00:00Z");
        UUID slot = data.slot(item, at, 15, false, null);
        data.delivery(item, 1, data.web(), "delivered", at);
        run();
        String publications = TestIndexes.publicationsAlias(ALIAS);
        long airingSeqNo = elasticsearch.get(g -> g.index(publications).id("airing:" + slot), Map.class).seqNo();
        long webSeqNo = elasticsearch.get(g -> g.index(publications).id("delivery:" + item + ":" + data.web()), Map.class)
                .seqNo();

        data.delivery(item, 1, data.facebook(), "delivered", at.plusSeconds(600));
        run();

        total(data).andExpect(jsonPath("$.totals.outputs").value(3));
        assertThat(elasticsearch.get(g -> g.index(publications).id("airing:" + slot), Map.class).seqNo())
                .as("the airing is not written again").isEqualTo(airingSeqNo);
        assertThat(elasticsearch.get(g -> g.index(publications).id("delivery:" + item + ":" + data.web()), Map.class)
                .seqNo()).as("nor the web publication").isEqualTo(webSeqNo);
    }

    @Test
    void airingsBecomeOutputsWhenTheyEndAndDeletedSlotsStopCounting() throws Exception {
        var data = new TestPublications(jdbc, "air");
        Instant start = Instant.now().plus(1, ChronoUnit.HOURS);
        UUID slot = data.slot(null, start, 30, false, "tin-tuc");
        run();
        total(data).andExpect(jsonPath("$.totals.outputs").value(0));

        // time passes: the slot is over, with no event at all
        jdbc.sql("UPDATE slot SET start_at = start_at - interval '2 hours', stop_at = stop_at - interval '2 hours' WHERE id = ?")
                .param(slot).update();
        run();
        total(data).andExpect(jsonPath("$.totals.outputs").value(1)).andExpect(jsonPath("$.totals.items").value(0));

        jdbc.sql("DELETE FROM slot WHERE id = ?").param(slot).update();
        data.outbox("slot", slot, 2, "SlotDeleted");
        run();
        total(data).andExpect(jsonPath("$.totals.outputs").value(0));
    }

    @Test
    void archivedDeliveryWithAnOldTimeAndNoOutboxRowIsCounted() throws Exception {
        var data = new TestPublications(jdbc, "old");
        UUID item = data.item("article", List.of(), null, "Tin cũ");
        run();
        // written by an importer after the run: delivered years ago, known only from delivery_event
        UUID delivery = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO delivery (id, item_id, item_version, channel_id, state, due_at)
                VALUES (?, ?, 1, ?, 'delivered', '2021-06-01T03:00:00Z')
                """).params(delivery, item, data.web()).update();
        data.event(delivery, null, "delivered", Instant.parse("2021-06-01T03:00:00Z"));
        run();
        count(data, "year").andExpect(jsonPath("$.rows[0].period").value("2021"))
                .andExpect(jsonPath("$.rows[0].outputs").value(1));
    }

    @Test
    void indexingRunIsForTheSystemAdminOnly() throws Exception {
        mvc.perform(post("/api/indexing/run").header("Authorization", ANALYST)).andExpect(status().isForbidden());
    }

    private void run() throws Exception {
        mvc.perform(post("/api/indexing/run").header("Authorization", TestTokens.bearer("SYSTEM_ADMIN", "so-tt-tt")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.status").value("COMPLETED"))
                .andExpect(jsonPath("$.publications.status").value("COMPLETED"));
        elasticsearch.indices().refresh(r -> r.index(TestIndexes.publicationsAlias(ALIAS)));
    }

    private ResultActions count(TestPublications data, String interval) throws Exception {
        return mvc.perform(get("/api/output-counts").param("unit", data.unit()).param("interval", interval)
                        .header("Authorization", ANALYST))
                .andExpect(status().isOk());
    }

    private ResultActions total(TestPublications data) throws Exception {
        return mvc.perform(get("/api/output-counts").param("unit", data.unit()).header("Authorization", ANALYST))
                .andExpect(status().isOk());
    }
}
