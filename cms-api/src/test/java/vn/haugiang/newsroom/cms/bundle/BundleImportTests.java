package vn.haugiang.newsroom.cms.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.haugiang.newsroom.cms.ApiClient;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/**
 * Imports the shipped bundle ({@code ../demo}) and the broken one ({@code ../demo/broken}) over
 * real HTTP into the real PostgreSQL and S3. Expected numbers are computed here from the bundle's
 * files, not from the importer. The servers' data outlive a test run, so "created now" may be 0
 * on a rerun: the assertions hold either way.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class BundleImportTests {

    static final Path DEMO = Path.of("../demo");
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoBundleImportsEveryItemAndASecondImportCreatesNothing() throws IOException {
        Map<String, JsonNode> files = itemFiles(DEMO);
        var admin = ApiClient.as(port, "admin");

        var first = admin.post("/api/bundles/import", Map.of("path", DEMO.toAbsolutePath().toString()));
        var second = admin.post("/api/bundles/import", Map.of("path", DEMO.toAbsolutePath().toString()));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        var report = first.json();
        assertThat(report.path("refused").size()).as(first.body()).isZero();
        assertThat(report.path("itemFiles").asInt()).isEqualTo(files.size());
        assertThat(report.path("imported").asInt() + report.path("unchanged").asInt()).isEqualTo(files.size());
        assertThat(report.path("items").size()).isEqualTo(files.size());
        assertThat(report.path("schedules").path(0).path("file").asString()).isEqualTo("schedule/hgtv-2026-11-28.txt");

        assertThat(report.path("documents").size()).as("documents/ of the bundle").isEqualTo(1);
        var plan = report.path("documents").path(0);
        assertThat(plan.path("file").asString()).isEqualTo("documents/ke-hoach-attt-2021-2025.txt");
        assertThat(plan.path("state").asString()).as("reference material stays a draft").isEqualTo("draft");
        assertThat(jdbc.sql("SELECT unit_id FROM item WHERE id = ?").param(java.util.UUID.fromString(plan.path("id").asString()))
                .query(String.class).single()).as("the unit bundle.json names").isEqualTo("so-tt-tt");

        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().path("documents").path(0).path("created").asBoolean()).isFalse();
        assertThat(second.json().path("documents").path(0).path("id").asString()).isEqualTo(plan.path("id").asString());
        assertThat(second.json().path("imported").asInt()).isZero();
        assertThat(second.json().path("unchanged").asInt()).isEqualTo(files.size());
        assertThat(second.json().path("createdColumns").size()).isZero();
        assertThat(second.json().path("createdChannels").size()).isZero();

        List<String> keys = files.values().stream().map(item -> "-" + NinjsMapper.uriKey(item.path("uri").asText())).toList();
        assertThat(count("true", keys)).as("one item per file, whatever the runs").isEqualTo(files.size());
        assertThat(count("state = 'published'", keys)).isEqualTo(files.size());
        for (String code : List.of("NV1.a", "NV1.b", "NV1.c", "NV1.đ")) {
            long expected = files.values().stream().filter(item -> hasSubject(item, "urn:attt-plan:" + code)).count();
            assertThat(count("'" + code + "' = ANY (plan_tasks)", keys)).as(code).isEqualTo(expected);
        }
        long inColumn = files.values().stream().filter(item -> hasSubject(item, "urn:column:an-toan-thong-tin")).count();
        assertThat(count("column_id = (SELECT id FROM content_column WHERE unit_id = 'bao-hau-giang' AND slug = 'an-toan-thong-tin')",
                keys)).isEqualTo(inColumn);
    }

    @Test
    void archivedItemsCountAsPublishedAndDeliveredAtTheirFirstCreated() throws IOException {
        Map<String, JsonNode> files = itemFiles(DEMO);
        JsonNode manifest = JSON.readTree(DEMO.resolve("bundle.json").toFile());
        var admin = ApiClient.as(port, "admin");

        var report = admin.post("/api/bundles/import", Map.of("path", DEMO.toAbsolutePath().toString()));

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        var archived = new ArrayList<String>();
        manifest.path("items").properties().forEach(e -> {
            if (e.getValue().path("archive").asBoolean(false)) {
                archived.add(e.getKey());
            }
        });
        assertThat(archived).hasSize(3);
        var outputChannels = new java.util.HashSet<String>();
        manifest.path("channels").forEach(c -> {
            if (List.of("web", "facebook", "youtube", "zalo").contains(c.path("kind").asText())) {
                outputChannels.add(c.path("id").asText());
            }
        });
        for (String file : archived) {
            JsonNode item = files.get(file);
            String created = item.has("firstCreated") ? item.path("firstCreated").asText() : item.path("firstcreated").asText();
            Instant firstCreated = OffsetDateTime.parse(created).toInstant();
            var id = jdbc.sql("SELECT id FROM item WHERE right(slug, 11) = ?")
                    .param("-" + NinjsMapper.uriKey(item.path("uri").asText())).query(java.util.UUID.class).single();
            Instant published = jdbc.sql("SELECT first_published_at FROM item WHERE id = ?").param(id)
                    .query(OffsetDateTime.class).single().toInstant();
            assertThat(published).as(file).isEqualTo(firstCreated);
            var expectedChannels = new ArrayList<String>();
            manifest.path("items").path(file).path("channels").forEach(c -> {
                if (outputChannels.contains(c.asText())) {
                    expectedChannels.add(c.asText());
                }
            });
            assertThat(expectedChannels).as(file).isNotEmpty();
            List<String> delivered = jdbc.sql("SELECT channel_id FROM delivery WHERE item_id = ? AND state = 'delivered' AND due_at = ?")
                    .params(id, OffsetDateTime.ofInstant(firstCreated, java.time.ZoneOffset.UTC)).query(String.class).list();
            assertThat(delivered).as("delivered once, then, on each listed channel: " + file)
                    .containsExactlyInAnyOrderElementsOf(expectedChannels);
            List<String> events = jdbc.sql("""
                    SELECT d.channel_id FROM delivery_event e JOIN delivery d ON d.id = e.delivery_id
                    WHERE d.item_id = ? AND e.from_state IS NULL AND e.to_state = 'delivered'
                      AND e.instance_id = 'archive' AND e.at = ?
                    """).params(id, OffsetDateTime.ofInstant(firstCreated, java.time.ZoneOffset.UTC))
                    .query(String.class).list();
            assertThat(events).as("one archive event per listed channel, at firstCreated: " + file)
                    .containsExactlyInAnyOrderElementsOf(expectedChannels);
            List<String> chosen = jdbc.sql("SELECT channel_id FROM item_channel_choice WHERE item_id = ? AND included")
                    .param(id).query(String.class).list();
            assertThat(chosen).as(file).containsExactlyInAnyOrderElementsOf(expectedChannels);
        }
    }

    @Test
    void aBrokenBundleImportsEverythingSoundAndRefusesEachBrokenItemWithItsReason() {
        var admin = ApiClient.as(port, "admin");

        var response = admin.post("/api/bundles/import", Map.of("path", DEMO.resolve("broken").toAbsolutePath().toString()));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var report = response.json();
        assertThat(report.path("itemFiles").asInt()).isEqualTo(5);
        assertThat(report.path("items").size()).isEqualTo(1);
        assertThat(report.path("items").path(0).path("file").asString()).isEqualTo("01-sound-item.json");
        assertThat(report.path("items").path(0).path("state").asString()).isEqualTo("published");
        var reasons = new HashMap<String, String>();
        report.path("refused").forEach(r -> reasons.put(r.path("file").asString(), r.path("reason").asString()));
        assertThat(reasons).containsOnlyKeys("02-invalid-ninjs.json", "03-missing-media.json", "04-truncated-clip.json",
                "05-not-json.json");
        assertThat(reasons.get("02-invalid-ninjs.json")).startsWith("invalid ninjs 3.0: ").contains("urgency");
        assertThat(reasons.get("03-missing-media.json")).isEqualTo("missing media file media/khong-co-anh.jpg");
        assertThat(reasons.get("04-truncated-clip.json")).startsWith("media file media/testMP4_truncated.m4a refused: ");
        assertThat(reasons.get("05-not-json.json")).startsWith("not JSON: ");
        assertThat(count("true", List.of("-" + NinjsMapper.uriKey("urn:newsroom:dai-pt-th-hau-giang:broken:truncated-clip"))))
                .as("nothing of a refused item is created").isZero();
    }

    @Test
    void theStatusOfABundleNamesEachItemsStateAndDeliveries() throws IOException {
        Map<String, JsonNode> files = itemFiles(DEMO);
        JsonNode manifest = JSON.readTree(DEMO.resolve("bundle.json").toFile());
        var admin = ApiClient.as(port, "admin");
        admin.post("/api/bundles/import", Map.of("path", DEMO.toAbsolutePath().toString()));

        var response = admin.post("/api/bundles/status", Map.of("path", DEMO.toAbsolutePath().toString()));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var status = response.json();
        assertThat(status.path("unreadable").size()).isZero();
        assertThat(status.path("items").size()).isEqualTo(files.size());
        for (var item : status.path("items")) {
            String file = item.path("file").asString();
            assertThat(item.path("state").asString()).as(file).isEqualTo("published");
            var listed = new ArrayList<String>();
            manifest.path("items").path(file).path("channels").forEach(c -> listed.add(c.asText()));
            var outputs = new ArrayList<String>();
            item.path("outputChannels").forEach(c -> outputs.add(c.asString()));
            assertThat(outputs).as("the listed channels minus the broadcast ones: " + file)
                    .containsExactlyElementsOf(listed.stream().filter(c -> !List.of("hgtv", "hg-radio").contains(c)).toList());
            if (manifest.path("items").path(file).path("archive").asBoolean(false)) {
                var delivered = new ArrayList<String>();
                item.path("deliveries").forEach(d -> {
                    if (d.path("state").asString().equals("delivered")) {
                        delivered.add(d.path("channel").asString());
                    }
                });
                assertThat(delivered).as(file).containsExactlyInAnyOrderElementsOf(outputs);
            }
        }
    }

    @Test
    void theStatusOfABrokenBundleListsTheUnreadableFileAndTheRefusedItemsAsNotImported() {
        var admin = ApiClient.as(port, "admin");
        String broken = DEMO.resolve("broken").toAbsolutePath().toString();
        admin.post("/api/bundles/import", Map.of("path", broken));

        var status = admin.post("/api/bundles/status", Map.of("path", broken)).json();

        var unreadable = new ArrayList<String>();
        status.path("unreadable").forEach(f -> unreadable.add(f.asString()));
        assertThat(unreadable).containsExactly("05-not-json.json");
        var notImported = new ArrayList<String>();
        status.path("items").forEach(i -> {
            if (!i.hasNonNull("id")) {
                notImported.add(i.path("file").asString());
            }
        });
        assertThat(notImported).containsExactly("02-invalid-ninjs.json", "03-missing-media.json", "04-truncated-clip.json");
    }

    private long count(String condition, List<String> keys) {
        return jdbc.sql("SELECT count(*) FROM item WHERE right(slug, 11) = ANY (?) AND " + condition)
                .param(keys.toArray(String[]::new)).query(Long.class).single();
    }

    private static boolean hasSubject(JsonNode item, String uri) {
        for (JsonNode subject : item.path("subjects")) {
            if (uri.equals(subject.path("uri").asText())) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, JsonNode> itemFiles(Path bundle) throws IOException {
        var items = new HashMap<String, JsonNode>();
        try (Stream<Path> files = Files.list(bundle.resolve("items"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                items.put(file.getFileName().toString(), JSON.readTree(file.toFile()));
            }
        }
        return items;
    }
}
