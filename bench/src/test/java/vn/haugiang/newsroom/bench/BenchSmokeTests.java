package vn.haugiang.newsroom.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.LocalServers;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/**
 * Keeps the harness working with a tiny N inside the normal build: the generator, the publications
 * generator with the counting stage's SQL reference, the raw {@code _bulk} and direct S3 put
 * references, and the JSON and Markdown output. Asserts counts and that figures are numbers above
 * zero — never timing targets (the full run is {@code ./cms bench}, outside CI).
 */
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.ELASTICSEARCH, LocalServer.S3})
class BenchSmokeTests {

    private static final int ITEMS = 20;
    private static BenchRun run;

    @BeforeAll
    static void migrate() {
        BenchSettings settings = onTheTestsDatabase(
                BenchSettings.fromEnvironment(Path.of("..").toAbsolutePath().normalize(), Duration.ofSeconds(1)));
        Flyway.configure().dataSource(settings.dbUrl(), settings.dbUser(), settings.dbPassword())
                .locations("classpath:db/migration").load().migrate();
        run = new BenchRun(settings, ITEMS);
    }

    /** The harness on the tests' database (CMS_DB_URL, else cms_test), never the local stack's {@code cms}. */
    private static BenchSettings onTheTestsDatabase(BenchSettings s) {
        return new BenchSettings(LocalServers.postgresUrl(), s.dbUser(), s.dbPassword(), s.elasticsearch(), s.s3Endpoint(),
                s.s3Region(), s.s3AccessKey(), s.s3SecretKey(), s.root(), s.corpus(), s.work(), s.ports(), s.heap(),
                s.duration());
    }

    @Test
    void generatesItemsOfRealVietnameseTextWithTheirOutboxRows() throws Exception {
        try (Connection db = run.db()) {
            Generator.generate(db, Corpus.read(run.settings.corpus()), ITEMS);

            assertThat(count(db, "SELECT count(*) FROM item WHERE id::text LIKE '" + Generator.ID_PREFIX + "%'")).isEqualTo(ITEMS);
            // n = 1…11 and 20 are published (states by n mod 20); 6 to 13 sentences each.
            assertThat(count(db, "SELECT count(*) FROM item WHERE id::text LIKE '" + Generator.ID_PREFIX
                    + "%' AND state = 'published'")).isEqualTo(12);
            assertThat(count(db, "SELECT min(array_length(regexp_split_to_array(body, '<p>'), 1) - 1) FROM item WHERE id::text LIKE '"
                    + Generator.ID_PREFIX + "%'")).isBetween(6L, 13L);
            assertThat(count(db, "SELECT count(*) FROM item WHERE id = '" + Generator.itemId(1) + "' AND body ~ '[ạảấầẩẫậắằẳẵặẹẻẽếềểễệđ]'"))
                    .isEqualTo(1);
            assertThat(count(db, "SELECT count(*) FROM outbox_event WHERE aggregate_type = 'item' AND aggregate_id LIKE '"
                    + Generator.ID_PREFIX + "%'")).isEqualTo(ITEMS);
        }
    }

    @Test
    void generatesExactlyTheRequestedPublicationsAsTheViewCountsThem() throws Exception {
        try (Connection db = run.db()) {
            Generator.generate(db, Corpus.read(run.settings.corpus()), ITEMS);
            Publications.generate(db, ITEMS, 500);

            // 11 published items among 20 (n = 1…11), each delivered once to the five output channels: 55;
            // the other 445 are airings, which the view counts one per slot.
            String bench = "item_id::text LIKE '" + Generator.ID_PREFIX + "%'";
            assertThat(count(db, "SELECT count(*) FROM publication WHERE " + bench)).isEqualTo(500);
            assertThat(count(db, "SELECT count(*) FROM publication WHERE kind = 'delivery' AND " + bench)).isEqualTo(55);
            assertThat(count(db, "SELECT count(DISTINCT item_id) FROM publication WHERE " + bench)).isEqualTo(11);
            assertThat(count(db, "SELECT count(*) FROM publication WHERE kind = 'airing' AND channel_type = 'loudspeaker' AND "
                    + bench)).isEqualTo(445);
            assertThat(count(db, "SELECT count(DISTINCT reporting_year) FROM publication WHERE " + bench)).isEqualTo(5);
            assertThat(count(db, """
                    SELECT count(*) FROM slot a JOIN slot b ON a.channel_id = b.channel_id AND a.id < b.id
                     AND a.start_at < b.stop_at AND b.start_at < a.stop_at
                    WHERE a.channel_id LIKE 'bench-loa-%'""")).isZero();

            // A second run replaces the first rather than adding to it.
            Publications.generate(db, ITEMS, 300);
            assertThat(count(db, "SELECT count(*) FROM publication WHERE " + bench)).isEqualTo(300);

            long outputs = 0;
            try (ResultSet rs = db.createStatement().executeQuery(ReportStage.SQL_REFERENCE)) {
                while (rs.next()) {
                    outputs += rs.getLong("outputs");
                }
            }
            long expected = count(db, "SELECT coalesce(sum(cardinality(plan_tasks)), 0) FROM publication WHERE reporting_year = "
                    + ReportStage.YEAR);
            assertThat(outputs).isPositive().isEqualTo(expected);
        }
    }

    @Test
    void rawBulkAndDirectS3PutReferencesGiveFiguresAboveZero(@TempDir Path temp) throws Exception {
        List<RawBulk.Document> documents = new ArrayList<>();
        try (Connection db = run.db()) {
            Generator.generate(db, Corpus.read(run.settings.corpus()), ITEMS);
            try (ResultSet rs = db.createStatement().executeQuery("SELECT id::text, headline, body FROM item WHERE id::text LIKE '"
                    + Generator.ID_PREFIX + "%' ORDER BY id")) {
                while (rs.next()) {
                    ObjectNode source = Json.MAPPER.createObjectNode().put("id", rs.getString(1))
                            .put("headline", rs.getString(2)).put("body", rs.getString(3));
                    documents.add(new RawBulk.Document(rs.getString(1), source));
                }
            }
        }
        RawBulk bulk = new RawBulk(run);
        String index = "bench-smoke-raw";
        bulk.recreate(index, Json.read("{\"properties\":{\"id\":{\"type\":\"keyword\"},\"headline\":{\"type\":\"text\"},\"body\":{\"type\":\"text\"}}}"));
        double docsPerSecond = bulk.index(index, documents, 8);
        run.http.postJson(run.es("/" + index + "/_refresh"), null, "");
        long indexed = Json.read(run.http.get(run.es("/" + index + "/_count"), null).body()).path("count").asLong();
        run.http.delete(run.es("/" + index));

        run.ensureBuckets();
        Path file = temp.resolve("clip.bin");
        Files.write(file, new byte[1 << 20]);
        String sdk = captureOut(() -> S3PutReference.main(new String[] {file.toString(), BenchSettings.MEDIA_BUCKET, "bench-smoke/clip.bin"}));
        JsonNode put = Json.read(sdk.substring(sdk.indexOf('{')));

        StageResult result = new StageResult("smoke").figure("raw_bulk_docs_per_s", docsPerSecond)
                .reference("sdk_put_seconds", put.path("seconds").asDouble()).ratio("bulk_vs_put", docsPerSecond, put.path("seconds").asDouble());
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("date", "2026-11-29T00:00:00Z");
        results.put("items", ITEMS);
        results.put("machine", Machine.describe(run));
        results.put("stages", List.of(result.toMap()));
        JsonNode json = Json.read(Json.write(results));
        results.put("command", "./cms bench --items 20");
        String markdown = MarkdownReport.render(results);

        assertThat(indexed).isEqualTo(ITEMS);
        assertThat(put.path("bytes").asLong()).isEqualTo(1 << 20);
        assertThat(json.path("stages").get(0).path("figures").path("raw_bulk_docs_per_s").asDouble()).isPositive();
        assertThat(json.path("stages").get(0).path("reference").path("sdk_put_seconds").asDouble()).isPositive();
        assertThat(json.path("stages").get(0).path("ratios").path("bulk_vs_put").asDouble()).isPositive();
        assertThat(json.path("machine").path("cores").asInt()).isPositive();
        assertThat(markdown).contains(MarkdownReport.BEGIN, "| smoke | ok | bulk_vs_put: ", "N = 20 items", MarkdownReport.END);
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @FunctionalInterface
    interface Body {
        void run() throws Exception;
    }

    private static String captureOut(Body body) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
