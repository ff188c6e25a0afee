package vn.haugiang.newsroom.cms.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import tools.jackson.databind.JsonNode;
import vn.haugiang.newsroom.cms.ApiClient;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/**
 * Archived items of a bundle (published long ago, imported for the record) over real HTTP into the
 * real PostgreSQL: they go exactly to the channels they list, already delivered, so the publisher
 * plans nothing new for them, whatever their column's defaults and the routing rules say; and one
 * without {@code firstCreated} is refused, naming the field, while the rest of the bundle imports.
 *
 * <p>Each test builds its own bundle in a temporary directory with item uris new to this run (the
 * servers' data outlive a run); the column and channels it declares are the same every run.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers(LocalServer.POSTGRES)
class BundleArchiveTests {

    static final String UNIT = "bao-hau-giang";
    static final String COLUMN = "luu-tru-kiem-thu";
    static final String WEB = "web-archive-test";
    static final String FACEBOOK = "facebook-archive-test";
    static final String ZALO = "zalo-archive-test";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path bundle;

    @Test
    void anArchivedItemIsDeliveredOnlyToItsListedChannelsAndThePublisherHasNothingLeftToPlan() throws IOException {
        String run = UUID.randomUUID().toString();
        String archivedUri = "urn:newsroom:test:archive:" + run + ":archived";
        String currentUri = "urn:newsroom:test:archive:" + run + ":current";
        String firstCreated = "2025-05-01T00:30:00+07:00";
        var admin = ApiClient.as(port, "admin");
        // First the column (defaults web + facebook) and the channels, then a rule of that column
        // to zalo, so that both the defaults and a rule would route the items when they come.
        writeBundle(Map.of(
                "01-archived.json", Map.of("channels", List.of(WEB), "archive", true),
                "02-current.json", Map.of("channels", List.of(WEB))));
        assertThat(admin.post("/api/bundles/import", Map.of("path", bundle.toString())).status()).isEqualTo(200);
        UUID column = jdbc.sql("SELECT id FROM content_column WHERE unit_id = ? AND slug = ?").params(UNIT, COLUMN)
                .query(UUID.class).single();
        assertThat(jdbc.sql("SELECT default_channels FROM content_column WHERE id = ?").param(column)
                .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single())
                .as("the column routes to web and facebook").containsExactly(WEB, FACEBOOK);
        UUID rule = UUID.randomUUID();
        jdbc.sql("INSERT INTO routing_rule (id, channel_id, column_id) VALUES (?, ?, ?)").params(rule, ZALO, column).update();
        try {
            writeItem("01-archived.json", item(archivedUri, firstCreated));
            writeItem("02-current.json", item(currentUri, "2026-11-20T08:00:00+07:00"));

            var response = admin.post("/api/bundles/import", Map.of("path", bundle.toString()));

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().path("refused").size()).as(response.body()).isZero();
            UUID archived = idOf(archivedUri);
            UUID current = idOf(currentUri);
            assertThat(routedChannels(current)).as("control: the rule and the listing route an item of the column")
                    .containsExactly(WEB, ZALO);
            assertThat(routedChannels(archived)).as("an archived item routes to its listed channels only")
                    .containsExactly(WEB);
            assertThat(deliveriesThePlannerWouldCreate(archived)).as("the publisher plans nothing new").isEmpty();
            var at = OffsetDateTime.parse(firstCreated).withOffsetSameInstant(ZoneOffset.UTC);
            long version = jdbc.sql("SELECT version FROM item WHERE id = ?").param(archived).query(Long.class).single();
            List<String> deliveries = jdbc.sql("""
                    SELECT channel_id || ' ' || state || ' v' || item_version || ' ' || (due_at = ?)
                    FROM delivery WHERE item_id = ?
                    """).params(at, archived).query(String.class).list();
            assertThat(deliveries).as("exactly one delivery, on web, delivered at firstCreated, of the current version")
                    .containsExactly(WEB + " delivered v" + version + " true");
            var choices = jdbc.sql("""
                    SELECT channel_id, included FROM item_channel_choice WHERE item_id = ? AND channel_id = ANY (?)
                    """).params(archived, new String[] {WEB, FACEBOOK, ZALO})
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getBoolean(2))).list();
            assertThat(choices).as("listed included, every other channel excluded")
                    .containsExactlyInAnyOrder(Map.entry(WEB, true), Map.entry(FACEBOOK, false), Map.entry(ZALO, false));
            assertThat(jdbc.sql("SELECT count(*) FROM output_channel WHERE id NOT IN (SELECT channel_id FROM item_channel_choice"
                    + " WHERE item_id = ? AND NOT included) AND id <> ?").params(archived, WEB).query(Long.class).single())
                    .as("no output channel but web is left unexcluded").isZero();
        } finally {
            jdbc.sql("DELETE FROM routing_rule WHERE id = ?").param(rule).update();
        }
    }

    @Test
    void anArchivedItemWithoutFirstCreatedIsRefusedNamingTheFieldAndTheOthersImport() throws IOException {
        String run = UUID.randomUUID().toString();
        String soundUri = "urn:newsroom:test:archive:" + run + ":sound";
        String undatedUri = "urn:newsroom:test:archive:" + run + ":undated";
        writeBundle(Map.of(
                "01-sound.json", Map.of("channels", List.of(WEB), "archive", true),
                "02-undated.json", Map.of("channels", List.of(WEB), "archive", true)));
        writeItem("01-sound.json", item(soundUri, "2025-05-01T00:30:00+07:00"));
        writeItem("02-undated.json", item(undatedUri, null));

        var response = ApiClient.as(port, "admin").post("/api/bundles/import", Map.of("path", bundle.toString()));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.path("items").size()).isEqualTo(1);
        assertThat(report.path("items").path(0).path("file").asString()).isEqualTo("01-sound.json");
        assertThat(report.path("refused").size()).as(response.body()).isEqualTo(1);
        JsonNode refusal = report.path("refused").path(0);
        assertThat(refusal.path("file").asString()).isEqualTo("02-undated.json");
        assertThat(refusal.path("field").asString()).isEqualTo("/firstCreated");
        assertThat(refusal.path("reason").asString()).contains("archive").contains("firstCreated");
        assertThat(jdbc.sql("SELECT count(*) FROM item WHERE right(slug, 11) = ?")
                .param("-" + NinjsMapper.uriKey(undatedUri)).query(Long.class).single())
                .as("nothing of the refused item is written").isZero();
    }

    /**
     * The publisher's routing (publisher {@code Routing.channelsOf}, restated here: cms-api does not
     * depend on the publisher): column defaults ∪ enabled matching rules ∪ inclusions, minus
     * exclusions, existing output channels only.
     */
    private List<String> routedChannels(UUID item) {
        return jdbc.sql("""
                WITH it AS (SELECT id, unit_id, column_id, type, plan_tasks FROM item WHERE id = :item),
                routed AS (
                    SELECT unnest(c.default_channels) AS channel_id FROM it JOIN content_column c ON c.id = it.column_id
                    UNION
                    SELECT r.channel_id FROM routing_rule r, it
                    WHERE r.enabled AND (r.unit_id IS NULL OR r.unit_id = it.unit_id)
                      AND (r.column_id IS NULL OR r.column_id = it.column_id)
                      AND (r.content_type IS NULL OR r.content_type = it.type)
                      AND (r.plan_task IS NULL OR r.plan_task = ANY (it.plan_tasks))
                    UNION
                    SELECT ch.channel_id FROM item_channel_choice ch WHERE ch.item_id = :item AND ch.included
                )
                SELECT oc.id FROM routed JOIN output_channel oc ON oc.id = routed.channel_id
                WHERE NOT EXISTS (SELECT 1 FROM item_channel_choice x
                                  WHERE x.item_id = :item AND x.channel_id = oc.id AND NOT x.included)
                ORDER BY oc.id
                """).param("item", item).query(String.class).list();
    }

    /**
     * What the publisher's {@code DeliveryPlanner} would insert or bring back for the item's current
     * version: a routed channel with no delivery of that version, or one routing itself cancelled.
     */
    private List<String> deliveriesThePlannerWouldCreate(UUID item) {
        long version = jdbc.sql("SELECT version FROM item WHERE id = ?").param(item).query(Long.class).single();
        return routedChannels(item).stream().filter(channel -> jdbc.sql("""
                SELECT count(*) FROM delivery WHERE item_id = ? AND item_version = ? AND channel_id = ?
                  AND NOT (state = 'cancelled' AND last_error = 'channel no longer routed')
                """).params(item, version, channel).query(Long.class).single() == 0).toList();
    }

    private UUID idOf(String uri) {
        return jdbc.sql("SELECT id FROM item WHERE right(slug, 11) = ?").param("-" + NinjsMapper.uriKey(uri))
                .query(UUID.class).single();
    }

    /** bundle.json declaring the test column and channels, the ninjs schemas, and an empty items/. */
    private void writeBundle(Map<String, Object> items) throws IOException {
        Files.createDirectories(bundle.resolve("items"));
        Path schemas = Files.createDirectories(bundle.resolve(BundleImporter.SCHEMAS));
        try (var files = Files.list(BundleImportTests.DEMO.resolve(BundleImporter.SCHEMAS))) {
            for (Path schema : files.toList()) {
                Files.copy(schema, schemas.resolve(schema.getFileName()));
            }
        }
        var manifest = Map.of(
                "columns", List.of(Map.of("slug", COLUMN, "unit", UNIT, "name", "Lưu trữ kiểm thử",
                        "defaultChannels", List.of(WEB, FACEBOOK))),
                "channels", List.of(channel(WEB, "web"), channel(FACEBOOK, "facebook"), channel(ZALO, "zalo")),
                "items", items);
        JSON.writeValue(bundle.resolve(BundleManifest.FILE).toFile(), manifest);
    }

    private void writeItem(String file, Map<String, Object> item) throws IOException {
        JSON.writeValue(bundle.resolve("items").resolve(file).toFile(), item);
    }

    private static Map<String, String> channel(String id, String kind) {
        return Map.of("id", id, "kind", kind, "unit", UNIT, "name", "Kênh kiểm thử " + kind);
    }

    /** A ninjs 3.0 article of the test column; without {@code firstCreated} when it is null. */
    private static Map<String, Object> item(String uri, @Nullable String firstCreated) {
        var item = new LinkedHashMap<String, Object>();
        item.put("standard", Map.of("name", "ninjs", "version", "3.0",
                "schema", "http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json"));
        item.put("uri", uri);
        item.put("type", "text");
        item.put("language", "vi");
        if (firstCreated != null) {
            item.put("firstCreated", firstCreated);
        }
        item.put("copyrightHolder", "Báo Hậu Giang");
        item.put("headlines", List.of(Map.of("role", "main", "value", "Tin lưu trữ kiểm thử")));
        item.put("bodies", List.of(Map.of("role", "main", "contentType", "text/html", "value", "<p>Tin đã đăng năm trước.</p>")));
        item.put("subjects", List.of(Map.of("uri", "urn:column:" + COLUMN, "name", "Lưu trữ kiểm thử")));
        return item;
    }
}
