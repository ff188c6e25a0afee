package vn.haugiang.newsroom.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.haugiang.newsroom.demo.ExpectedOutputCounts.Row;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.LocalServers;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/**
 * Runs {@code ./cms demo} as a newcomer would, on the shipped bundle, and checks what it wrote
 * against what the bundle's files say it must write ({@link ExpectedOutputCounts}).
 *
 * <p>The run is kept apart from everything else on the shared servers, so that the counts are the
 * bundle's alone: its own PostgreSQL schema ({@value #SCHEMA}, dropped first), Elasticsearch
 * indices ({@value #PREFIX}*, deleted first), S3 buckets ({@value #PREFIX}media, {@value #PREFIX}site),
 * ports (2808x, stub 28089) and {@code CMS_LOCAL_DIR} ({@code target/e2e-local}). The apps are the
 * jars this build packaged ({@code CMS_SKIP_BUILD=1}); the servers are the build's
 * ({@code CMS_SKIP_SERVICES=1}). What the demo started is stopped afterwards.
 */
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.ELASTICSEARCH, LocalServer.S3})
class DemoRunTests {

    static final String SCHEMA = "demo_e2e";
    static final String PREFIX = "e2e-";
    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final Path TARGET = Path.of("target").toAbsolutePath();
    static final Duration RUN_TIMEOUT = Duration.ofMinutes(30);
    static final JsonMapper JSON = JsonMapper.shared();

    @BeforeAll
    static void startFromNothing() throws SQLException, IOException, InterruptedException {
        try (var db = DriverManager.getConnection(LocalServers.postgresUrl(), LocalServers.postgresUser(),
                LocalServers.postgresPassword()); var sql = db.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            sql.execute("CREATE SCHEMA " + SCHEMA);
        }
        // By name: Elasticsearch refuses wildcard deletes (action.destructive_requires_name).
        var http = HttpClient.newHttpClient();
        var list = HttpRequest.newBuilder(LocalServers.elasticsearchUri().resolve("/_cat/indices/" + PREFIX
                + "*?h=index&expand_wildcards=all")).build();
        for (String index : http.send(list, HttpResponse.BodyHandlers.ofString()).body().split("\\s+")) {
            if (index.startsWith(PREFIX)) {
                http.send(HttpRequest.newBuilder(LocalServers.elasticsearchUri().resolve("/" + index)).DELETE().build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        }
    }

    @AfterAll
    static void stopWhatTheDemoStarted() throws IOException, InterruptedException {
        // Only what runs under target/e2e-local: the apps and the stub (the servers have no PID file there).
        cms(TARGET.resolve("e2e-stop.log"), "down");
    }

    @Test
    void theDemoPublishesTheBundleAndCountsWhatItsFilesSayAndASecondRunPublishesNothing() throws Exception {
        Path first = TARGET.resolve("demo-out");
        Instant before = Instant.now();

        Run run = cms(TARGET.resolve("demo-run-1.log"), "demo", "--out", first.toString());

        Instant after = Instant.now();
        assertThat(run.exit()).as("exit code of ./cms demo; its output:\n%s", run.tail()).isZero();
        JsonNode imported = read(first.resolve("report/import.json"));
        assertThat(imported.path("refused").size()).as("the shipped bundle is sound").isZero();
        JsonNode outcomes = read(first.resolve("report/outcomes.json"));
        assertThat(outcomes.path("lost").asInt()).isZero();
        assertThat(outcomes.path("published").asInt()).isEqualTo(imported.path("itemFiles").asInt());

        List<Row> actual = rows(read(first.resolve("report/output-counts.json")));
        List<Row> expected = ExpectedOutputCounts.of(REPO.resolve("demo"), before);
        if (ExpectedOutputCounts.reportingYear(before) != ExpectedOutputCounts.reportingYear(after)) {
            throw new IllegalStateException("the run crossed the end of a reporting period; run the test again");
        }
        assertThat(ExpectedOutputCounts.byKey(actual)).as("output-counts.json, by key")
                .containsExactlyEntriesOf(ExpectedOutputCounts.byKey(expected));
        assertThat(Files.list(first.resolve("report")).map(p -> p.getFileName().toString()).toList())
                .anyMatch(name -> name.endsWith(".xlsx")).anyMatch(name -> name.endsWith(".csv"));
        int year = ExpectedOutputCounts.reportingYear(before);
        for (String web : expected.stream().filter(r -> r.channelKind().equals("web") && r.reportingYear() == year)
                .map(Row::channel).distinct().toList()) {
            try (var pages = Files.walk(first.resolve("site").resolve(web))) {
                assertThat(pages.filter(p -> p.toString().endsWith(".html")).count()).as("pages of %s in site/", web).isPositive();
            }
        }
        assertThat(Files.walk(first.resolve("xmltv")).filter(Files::isRegularFile).count())
                .as("one EPG file per broadcast channel and day").isPositive();
        long socialDelivered = 0;
        for (JsonNode item : read(first.resolve("report/status.json")).path("items")) {
            for (JsonNode d : item.path("deliveries")) {
                if (!d.path("kind").asString().equals("web") && d.path("state").asString().equals("delivered")
                        && Instant.parse(d.path("updatedAt").asString()).isAfter(before)) {
                    socialDelivered++;
                }
            }
        }
        assertThat(read(first.resolve("report/social.json")).path("accepted").asLong())
                .as("every social delivery of this run is a post the stub accepted").isGreaterThanOrEqualTo(socialDelivered);

        Path second = TARGET.resolve("demo-out-2");
        Run again = cms(TARGET.resolve("demo-run-2.log"), "demo", "--out", second.toString());

        assertThat(again.exit()).as("second run; its output:\n%s", again.tail()).isZero();
        JsonNode reimported = read(second.resolve("report/import.json"));
        assertThat(reimported.path("imported").asInt()).as("nothing imported twice").isZero();
        assertThat(reimported.path("unchanged").asInt()).isEqualTo(imported.path("itemFiles").asInt());
        assertThat(read(second.resolve("report/social.json")).path("thisRun").asInt()).as("nothing posted twice").isZero();
        assertThat(deliveries(read(second.resolve("report/status.json"))))
                .as("no delivery added or changed").isEqualTo(deliveries(read(first.resolve("report/status.json"))));
        assertThat(ExpectedOutputCounts.byKey(rows(read(second.resolve("report/output-counts.json")))))
                .as("the same counts").containsExactlyEntriesOf(ExpectedOutputCounts.byKey(actual));
    }

    @Test
    void aBundleWithBrokenItemsPublishesTheRestAndTheSummaryNamesEachRefusalAndWhy() throws Exception {
        Path out = TARGET.resolve("demo-broken");

        Run run = cms(TARGET.resolve("demo-broken.log"), "demo", "--import", REPO.resolve("demo/broken").toString(),
                "--out", out.toString());

        assertThat(run.exit()).as("nothing is lost, so the demo succeeds; its output:\n%s", run.tail()).isZero();
        var outcome = new HashMap<String, JsonNode>();
        for (String line : Files.readAllLines(out.resolve("report/items.jsonl"))) {
            JsonNode item = JSON.readTree(line);
            outcome.put(item.path("file").asString(), item);
        }
        assertThat(outcome.get("01-sound-item.json").path("outcome").asString()).isEqualTo("published");
        for (String broken : List.of("02-invalid-ninjs.json", "03-missing-media.json", "04-truncated-clip.json",
                "05-not-json.json")) {
            assertThat(outcome.get(broken).path("outcome").asString()).as(broken).isEqualTo("refused");
            String reason = outcome.get(broken).path("reason").asString();
            assertThat(reason).as(broken).isNotBlank();
            assertThat(run.output()).as("the summary names %s and why", broken).contains(broken + ": " + reason);
        }
        assertThat(outcome.get("03-missing-media.json").path("reason").asString())
                .isEqualTo("missing media file media/khong-co-anh.jpg");
    }

    /** The outcome of one {@code ./cms} command. */
    record Run(int exit, String output) {
        String tail() {
            return output.length() <= 6000 ? output : "…" + output.substring(output.length() - 6000);
        }
    }

    static Run cms(Path log, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(REPO.resolve("cms").toString());
        command.addAll(List.of(args));
        var process = new ProcessBuilder(command).directory(REPO.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        process.environment().putAll(environment());
        Process started = process.start();
        if (!started.waitFor(RUN_TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
            started.destroy();
            throw new AssertionError("./cms " + String.join(" ", args) + " did not finish in " + RUN_TIMEOUT + " (log: " + log + ")");
        }
        return new Run(started.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** Where the demo's run lives: the build's servers, in a namespace of its own. */
    static Map<String, String> environment() {
        String db = LocalServers.postgresUrl();
        var env = new HashMap<String, String>();
        env.put("CMS_DB_URL", db + (db.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        env.put("CMS_LOCAL_DIR", TARGET.resolve("e2e-local").toString());
        env.put("CMS_SKIP_SERVICES", "1");
        env.put("CMS_SKIP_BUILD", "1");
        env.put("CMS_API_PORT", "28080");
        env.put("PUBLISHER_PORT", "28081");
        env.put("INDEXER_PORT", "28082");
        env.put("CMS_SOCIAL_STUB_PORT", "28089");
        env.put("CMS_S3_MEDIA_BUCKET", PREFIX + "media");
        env.put("CMS_S3_SITE_BUCKET", PREFIX + "site");
        env.put("NEWSROOM_INDEXER_CONTENT_ALIAS", PREFIX + "content");
        env.put("NEWSROOM_INDEXER_CONTENT_STATEINDEX", PREFIX + "indexer-state");
        // The indexer's publications index (output counts), when the indexer has one.
        env.put("NEWSROOM_INDEXER_PUBLICATIONS_ALIAS", PREFIX + "publications");
        // Three apps starting at once on a loaded CI machine.
        env.put("CMS_APP_START_TIMEOUT", "900");
        return env;
    }

    static List<Row> rows(JsonNode counts) {
        var rows = new ArrayList<Row>();
        for (JsonNode r : counts.path("rows")) {
            rows.add(new Row(r.path("unit").asString(), r.path("channelKind").asString(), r.path("channel").asString(),
                    r.hasNonNull("contentType") ? r.path("contentType").asString() : null,
                    r.hasNonNull("planTask") ? r.path("planTask").asString() : null,
                    r.path("reportingYear").asInt(), r.path("outputs").asLong(), r.path("items").asLong()));
        }
        return rows;
    }

    /** Every delivery of the bundle's items, as (file, channel, version, state, updatedAt). */
    static List<String> deliveries(JsonNode status) {
        var list = new ArrayList<String>();
        for (JsonNode item : status.path("items")) {
            for (JsonNode d : item.path("deliveries")) {
                list.add(item.path("file").asString() + " " + d.path("channel").asString() + " v"
                        + d.path("version").asLong() + " " + d.path("state").asString() + " " + d.path("updatedAt").asString());
            }
        }
        return list;
    }

    static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }
}
