package vn.haugiang.newsroom.indexer.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.haugiang.newsroom.indexer.TestIndexes;
import vn.haugiang.newsroom.indexer.TestPublications;
import vn.haugiang.newsroom.indexer.TestTokens;
import vn.haugiang.newsroom.indexer.indexing.PublicationIndexing;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/**
 * Counts from the API against the same counts computed by SQL over the {@code publication} view,
 * on a generated set of several thousand publications over three units, four channels, the plan's
 * tasks, five content types and four years.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.ELASTICSEARCH, LocalServer.S3})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutputCountTests {

    static final String ALIAS = TestIndexes.uniqueAlias("counts");
    static final String PUBLICATIONS = TestIndexes.publicationsAlias(ALIAS);
    static final String ANALYST = TestTokens.bearer("ANALYST", "so-tt-tt");
    static final ZoneId LOCAL = ZoneId.of("Asia/Ho_Chi_Minh");
    static final List<String> TASKS = List.of("NV1.a", "NV1.b", "NV1.c", "NV1.d", "NV1.đ", "NV1.e", "NV2.a", "NV2.b",
            "NV2.c", "NV3.a", "NV3.b", "NV3.c");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestIndexes.register(registry, ALIAS);
        registry.add("newsroom.indexer.publications.chunk-size", () -> "300");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    PublicationIndexing indexing;

    @Autowired
    JsonMapper json;

    final List<String> units = new ArrayList<>();

    @BeforeAll
    void generatePublications() throws Exception {
        TestIndexes.startPublicationsAtNow(elasticsearch, jdbc, ALIAS);
        Random random = new Random(20261129);
        for (String suffix : List.of("a", "b", "c")) {
            TestPublications data = new TestPublications(jdbc, suffix);
            units.add(data.unit());
            List<UUID> items = new ArrayList<>();
            for (int i = 0; i < 350; i++) {
                List<String> tasks = new ArrayList<>();
                int taskCount = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(2);
                while (tasks.size() < taskCount) {
                    String task = TASKS.get(random.nextInt(TASKS.size()));
                    if (!tasks.contains(task)) {
                        tasks.add(task);
                    }
                }
                UUID column = random.nextInt(3) == 0 ? null : data.columns().get(random.nextInt(2));
                UUID item = data.item(TestPublications.TYPES.get(random.nextInt(5)), tasks, column, "Tin " + i);
                items.add(item);
                Instant first = randomInstant(random);
                for (String channel : List.of(data.web(), data.facebook(), data.zalo())) {
                    if (random.nextInt(3) == 0) {
                        continue;
                    }
                    Instant at = first.plusSeconds(random.nextInt(3 * 3600));
                    UUID delivery = data.delivery(item, 1, channel, random.nextInt(8) == 0 ? "failed_permanent" : "delivered", at);
                    if (random.nextInt(5) == 0) {
                        // a correction re-delivered later: not a new output
                        data.delivery(item, 2, channel, "delivered", at.plusSeconds(86_400L * (1 + random.nextInt(40))));
                    } else if (random.nextInt(10) == 0) {
                        data.event(delivery, "delivered", "cancelled", at.plusSeconds(7200));
                    }
                }
            }
            for (int i = 0; i < 600; i++) {
                UUID item = random.nextInt(3) == 0 ? null : items.get(random.nextInt(items.size()));
                Instant start = random.nextInt(20) == 0 ? Instant.now().plusSeconds(3600 + random.nextInt(86_400))
                        : randomInstant(random);
                data.slot(item, start, 15 + random.nextInt(60), random.nextInt(10) == 0, random.nextBoolean() ? "tin-tuc" : null);
            }
        }
        JobExecution run = indexing.indexChanges();
        assertThat(run.getStatus()).as(run.getAllFailureExceptions().toString()).isEqualTo(BatchStatus.COMPLETED);
        elasticsearch.indices().refresh(r -> r.index(PUBLICATIONS));
        assertThat(sqlTotal()).isGreaterThan(3000);
    }

    @AfterAll
    void deleteIndexes() throws Exception {
        TestIndexes.delete(elasticsearch, ALIAS);
    }

    /** 2023–2026, a third of them within an hour of local midnight, where a UTC day would differ. */
    private static Instant randomInstant(Random random) {
        LocalDate day = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1400));
        int minute = switch (random.nextInt(3)) {
            case 0 -> random.nextInt(60);
            case 1 -> 23 * 60 + random.nextInt(60);
            default -> random.nextInt(24 * 60);
        };
        return day.atStartOfDay().plusMinutes(minute).atZone(LOCAL).toInstant();
    }

    @Test
    void everyCountEqualsTheSameCountInSql() throws Exception {
        for (String[] query : List.of(
                new String[] {"unit,channelKind", "month", null, null},
                new String[] {"planTask,contentType", "week", null, null},
                new String[] {"unit,channel,column,reportingYear", null, null, null},
                new String[] {"unit,planTask", "day", "2024-05-01", "2024-08-31"},
                new String[] {"", "quarter", "2023-12-01", "2025-11-30"},
                new String[] {"channelKind,planTask,reportingYear", "year", null, null},
                new String[] {"unit,channelKind,channel,contentType,planTask,column,reportingYear", "month", "2025-01-01", null})) {
            JsonNode answer = counts(query[0], query[1], query[2], query[3]);
            assertThat(answer.get("rows").size()).isPositive();
            assertThat(rows(answer)).as("groupBy=%s interval=%s", query[0], query[1])
                    .containsExactlyInAnyOrderElementsOf(sqlRows(query[0], query[1], query[2], query[3]));
            assertThat(answer.get("totals").get("outputs").asLong()).isEqualTo(sqlCount("count(*)", query[2], query[3]));
            assertThat(answer.get("totals").get("items").asLong())
                    .isEqualTo(sqlCount("count(DISTINCT item_id)", query[2], query[3]));
        }
    }

    @Test
    void countsAndSearchesKeepWorkingDuringARebuildAndTheAliasMovesToTheNewIndex() throws Exception {
        long expected = sqlTotal();
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        AtomicInteger counted = new AtomicInteger();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        Thread counter = new Thread(() -> {
            while (rebuilding.get()) {
                try {
                    long outputs = counts("", null, null, null).get("totals").get("outputs").asLong();
                    counted.incrementAndGet();
                    if (outputs != expected) {
                        failures.add("counted " + outputs + ", expected " + expected);
                    }
                } catch (Exception | AssertionError e) {
                    failures.add(e.toString());
                }
            }
        });
        counter.start();
        JobExecution rebuild;
        try {
            rebuild = indexing.rebuild();
        } finally {
            rebuilding.set(false);
            counter.join();
        }
        assertThat(rebuild.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(failures).isEmpty();
        assertThat(counted.get()).isPositive();
        var aliased = elasticsearch.indices().getAlias(g -> g.name(PUBLICATIONS)).aliases().keySet();
        assertThat(aliased).singleElement().asString().startsWith(PUBLICATIONS + "-v1-");
        assertThat(elasticsearch.indices().exists(e -> e.index(PUBLICATIONS + "-v1")).value()).isFalse();
        assertThat(counts("", null, null, null).get("totals").get("outputs").asLong()).isEqualTo(expected);
    }

    @Test
    void unitRolesCountTheirOwnUnitOnly() throws Exception {
        String own = units.get(0);
        mvc.perform(get("/api/output-counts").param("groupBy", "unit")
                        .header("Authorization", TestTokens.bearer("EDITOR", own)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(1))
                .andExpect(jsonPath("$.rows[0].unit").value(own))
                .andExpect(jsonPath("$.rows[0].unitName").value("Đơn vị thử " + own));
        mvc.perform(get("/api/output-counts").param("unit", units.get(1))
                        .header("Authorization", TestTokens.bearer("EDITOR", own)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/output-counts")).andExpect(status().isUnauthorized());
    }

    @Test
    void badParametersAreProblemsNamingTheField() throws Exception {
        mvc.perform(get("/api/output-counts").param("groupBy", "unit,colour").header("Authorization", ANALYST))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("groupBy"));
        mvc.perform(get("/api/output-counts").param("interval", "fortnight").header("Authorization", ANALYST))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("interval"));
        mvc.perform(get("/api/output-counts").param("from", "2026-13-01").header("Authorization", ANALYST))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("from"));
    }

    private JsonNode counts(String groupBy, @Nullable String interval, @Nullable String from, @Nullable String to)
            throws Exception {
        var request = get("/api/output-counts").header("Authorization", ANALYST).param("groupBy", groupBy)
                .param("unit", units.toArray(String[]::new));
        if (interval != null) {
            request.param("interval", interval);
        }
        if (from != null) {
            request.param("from", from);
        }
        if (to != null) {
            request.param("to", to);
        }
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    /** API rows as {@code key=value|...|outputs|items}, keys in the API's order. */
    private static List<String> rows(JsonNode answer) {
        List<String> rows = new ArrayList<>();
        for (JsonNode row : answer.get("rows")) {
            List<String> cells = new ArrayList<>();
            for (var field : row.properties()) {
                cells.add(field.getKey() + "=" + (field.getValue().isNull() ? "null" : field.getValue().asString()));
            }
            rows.add(String.join("|", cells));
        }
        return rows;
    }

    /** The same rows computed in SQL over the view, independently of the index and of Java's calendar. */
    private List<String> sqlRows(String groupBy, @Nullable String interval, @Nullable String from, @Nullable String to) {
        List<String> keys = new ArrayList<>();
        List<String> selects = new ArrayList<>();
        for (String key : List.of("unit", "channelKind", "channel", "contentType", "planTask", "column", "reportingYear")) {
            if (!List.of(groupBy.split(",")).contains(key)) {
                continue;
            }
            switch (key) {
                case "unit" -> {
                    keys.add("unit");
                    selects.add("'unit=' || p.unit_id");
                    keys.add("unitName");
                    selects.add("'unitName=' || u.name");
                }
                case "channelKind" -> selects.add("'channelKind=' || p.channel_kind");
                case "channel" -> selects.add("'channel=' || p.channel_id");
                case "contentType" -> selects.add("'contentType=' || coalesce(p.content_type, 'null')");
                case "planTask" -> selects.add("'planTask=' || coalesce(t.task, 'null')");
                case "column" -> selects.add("'column=' || coalesce(p.column_id::text, 'null')");
                case "reportingYear" -> selects.add("'reportingYear=' || p.reporting_year");
                default -> throw new IllegalStateException(key);
            }
        }
        if (interval != null) {
            selects.add("'period=' || " + switch (interval) {
                case "day" -> "to_char(p.local_date, 'YYYY-MM-DD')";
                case "week" -> "to_char(p.local_date, 'IYYY-\"W\"IW')";
                case "month" -> "to_char(p.local_date, 'YYYY-MM')";
                case "quarter" -> "to_char(p.local_date, 'YYYY-\"Q\"Q')";
                default -> "to_char(p.local_date, 'YYYY')";
            });
        }
        selects.add("'outputs=' || count(*)");
        selects.add("'items=' || count(DISTINCT p.item_id)");
        int groups = selects.size() - 2;
        String groupClause = groups == 0 ? "" : " GROUP BY " + String.join(", ", selects.subList(0, groups));
        String sql = "SELECT concat_ws('|', " + String.join(", ", selects) + ") FROM publication p JOIN unit u ON u.id = p.unit_id"
                + (groupBy.contains("planTask") ? " LEFT JOIN LATERAL unnest(CASE WHEN cardinality(p.plan_tasks) = 0"
                        + " THEN ARRAY[NULL::text] ELSE p.plan_tasks END) AS t(task) ON true" : "")
                + " WHERE p.unit_id = ANY (:units)" + range(from, to) + groupClause;
        List<String> rows = jdbc.sql(sql).param("units", units.toArray(String[]::new))
                .param("from", from == null ? null : LocalDate.parse(from))
                .param("to", to == null ? null : LocalDate.parse(to))
                .query(String.class).list();
        return groups == 0 ? rows.stream().filter(r -> !r.startsWith("outputs=0|")).toList() : rows;
    }

    private long sqlCount(String aggregate, @Nullable String from, @Nullable String to) {
        return jdbc.sql("SELECT " + aggregate + " FROM publication p WHERE p.unit_id = ANY (:units)" + range(from, to))
                .param("units", units.toArray(String[]::new))
                .param("from", from == null ? null : LocalDate.parse(from))
                .param("to", to == null ? null : LocalDate.parse(to))
                .query(Long.class).single();
    }

    private long sqlTotal() {
        return sqlCount("count(*)", null, null);
    }

    private static String range(@Nullable String from, @Nullable String to) {
        return (from == null ? "" : " AND p.local_date >= :from") + (to == null ? "" : " AND p.local_date <= :to");
    }
}
