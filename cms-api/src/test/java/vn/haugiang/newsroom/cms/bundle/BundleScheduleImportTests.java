package vn.haugiang.newsroom.cms.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import vn.haugiang.newsroom.cms.ApiClient;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/**
 * The schedule files of a bundle, imported by {@code POST /api/bundles/import} itself, over real HTTP into the
 * real PostgreSQL: the demo bundle's real day file, and a bundle of this test's own with an XMLTV guide and files
 * that cannot be imported. Expected slots are read from the files here, by the day-file format's documented rules.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class BundleScheduleImportTests {

    static final Path DEMO = Path.of("../demo");
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Pattern DAY_LINE = Pattern.compile("(\\d{1,2}):(\\d{2})\\s+(.*)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    String channel = "test-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void deleteTheTestChannel() {
        jdbc.sql("DELETE FROM slot WHERE channel_id = ?").param(channel).update();
        jdbc.sql("DELETE FROM broadcast_channel WHERE id = ?").param(channel).update();
    }

    @Test
    void theDemoDayFileIsInTheSlotTableAfterTheImportAndASecondImportAddsNoSlot() throws IOException {
        Path file = DEMO.resolve("schedule/hgtv-2026-11-28.txt");
        LocalDate day = LocalDate.of(2026, 11, 28);
        Map<Instant, String> expected = programmes(file, day);
        var admin = ApiClient.as(port, "admin");

        var first = admin.post("/api/bundles/import", Map.of("path", DEMO.toAbsolutePath().toString()));
        Map<Instant, String> afterFirst = slots("hgtv", day);
        var second = admin.post("/api/bundles/import", Map.of("path", DEMO.toAbsolutePath().toString()));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonNode report = first.json().path("schedules");
        assertThat(report.size()).as("one report per file of schedule/").isEqualTo(1);
        assertThat(report.path(0).path("file").asString()).isEqualTo("schedule/hgtv-2026-11-28.txt");
        assertThat(report.path(0).path("channel").asString()).isEqualTo("hgtv");
        assertThat(report.path(0).path("day").asString()).isEqualTo("2026-11-28");
        assertThat(report.path(0).path("format").asString()).isEqualTo("daily");
        assertThat(report.path(0).path("programmes").asLong()).isEqualTo(expected.size());
        assertThat(report.path(0).path("problem").isMissingNode() || report.path(0).path("problem").isNull()).isTrue();
        assertThat(first.json().path("notes").toString()).doesNotContain("schedule/");
        // The servers' data outlive a run: on a rerun the first import of this test is already a second one.
        assertThat(afterFirst).as("every programme of the file, once, with its title").isEqualTo(expected);

        assertThat(second.status()).as(second.body()).isEqualTo(200);
        JsonNode again = second.json().path("schedules").path(0);
        assertThat(again.path("imported").asLong() + again.path("fixed").asLong()).as("nothing stored twice").isZero();
        assertThat(again.path("conflicts").asLong()).as("every programme overlaps its own slot")
                .isEqualTo(again.path("refused").asLong()).isEqualTo(expected.size());
        assertThat(again.path("refusals").path(0).path("kind").asString()).isEqualTo("OVERLAPS_STORED_SLOT");
        assertThat(slots("hgtv", day)).isEqualTo(expected);
    }

    @Test
    void anXmltvGuideOfOneChannelGoesOntoTheChannelItsFileNames(@TempDir Path bundle) throws IOException {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tv>
                  <channel id="HGTV.vn"><display-name>HGTV</display-name></channel>
                  <programme channel="HGTV.vn" start="20260501060000 +0700" stop="20260501063000 +0700">
                    <title lang="vi">Thời sự sáng</title>
                  </programme>
                  <programme channel="HGTV.vn" start="20260501063000 +0700" stop="20260501070000 +0700">
                    <title lang="vi">An toàn thông tin</title>
                  </programme>
                </tv>
                """;
        bundle(bundle);
        Files.writeString(bundle.resolve("schedule/" + channel + "-2026-05-01.xml"), xml);
        var admin = ApiClient.as(port, "admin");

        var first = admin.post("/api/bundles/import", Map.of("path", bundle.toString()));
        var second = admin.post("/api/bundles/import", Map.of("path", bundle.toString()));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonNode report = first.json().path("schedules").path(0);
        assertThat(report.path("format").asString()).isEqualTo("xmltv");
        assertThat(report.path("programmes").asLong()).isEqualTo(2);
        assertThat(report.path("imported").asLong()).isEqualTo(2);
        var expected = new LinkedHashMap<Instant, String>();
        expected.put(OffsetDateTime.parse("2026-05-01T06:00:00+07:00").toInstant(), "Thời sự sáng");
        expected.put(OffsetDateTime.parse("2026-05-01T06:30:00+07:00").toInstant(), "An toàn thông tin");
        assertThat(slots(channel, LocalDate.of(2026, 5, 1))).isEqualTo(expected);
        assertThat(second.json().path("schedules").path(0).path("conflicts").asLong()).isEqualTo(2);
        assertThat(slots(channel, LocalDate.of(2026, 5, 1))).isEqualTo(expected);
    }

    @Test
    void aFileThatCannotBeImportedIsAProblemNamingItAndTheOtherFilesAreImported(@TempDir Path bundle)
            throws IOException {
        bundle(bundle);
        Path schedule = bundle.resolve("schedule");
        Files.writeString(schedule.resolve(channel + "-2026-05-02.txt"), "6:00 Thời sự\n6:30 Nhạc\n");
        // Neither UTF-8 nor any legacy Vietnamese encoding: C1 control bytes where letters should be.
        Files.write(schedule.resolve(channel + "-2026-05-03.txt"),
                new byte[] {'6', ':', '0', '0', ' ', (byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, (byte) 0x9D, '\n'});
        Files.writeString(schedule.resolve("khong-co-kenh-nay-2026-05-02.txt"), "6:00 Thời sự\n");
        Files.writeString(schedule.resolve("ghi-chu.txt"), "không phải lịch\n");
        var admin = ApiClient.as(port, "admin");

        var response = admin.post("/api/bundles/import", Map.of("path", bundle.toString()));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var byFile = new LinkedHashMap<String, JsonNode>();
        response.json().path("schedules").forEach(f -> byFile.put(f.path("file").asString(), f));
        assertThat(byFile).hasSize(4);
        JsonNode sound = byFile.get("schedule/" + channel + "-2026-05-02.txt");
        assertThat(sound.path("imported").asLong() + sound.path("fixed").asLong()).as(sound.toString()).isEqualTo(2);
        assertThat(slots(channel, LocalDate.of(2026, 5, 2))).hasSize(2);
        assertProblem(byFile.get("schedule/" + channel + "-2026-05-03.txt"), 422, "not UTF-8");
        assertProblem(byFile.get("schedule/khong-co-kenh-nay-2026-05-02.txt"), 404, "channel khong-co-kenh-nay");
        assertProblem(byFile.get("schedule/ghi-chu.txt"), 422, "<channel-id>-YYYY-MM-DD.txt");
        assertThat(slots(channel, LocalDate.of(2026, 5, 3))).isEmpty();
    }

    @Test
    void aDayFileInALegacyVietnameseEncodingIsConvertedOnImport(@TempDir Path bundle) throws IOException {
        bundle(bundle);
        // shared/data/encodings: the same paragraph in Windows-1258 and in UTF-8 (uchardet's test files).
        Path encodings = Path.of("../../shared/data/encodings");
        byte[] legacyLine = firstLine(Files.readAllBytes(encodings.resolve("windows-1258.txt")));
        String expected = Normalizer.normalize(
                new String(firstLine(Files.readAllBytes(encodings.resolve("utf-8.txt"))), StandardCharsets.UTF_8).strip(),
                Normalizer.Form.NFC);
        var file = new ByteArrayOutputStream();
        file.write("6:00 ".getBytes(StandardCharsets.US_ASCII));
        file.write(legacyLine);
        file.write("\n6:30 ".getBytes(StandardCharsets.US_ASCII));
        file.write(legacyLine);
        file.write('\n');
        Files.write(bundle.resolve("schedule").resolve(channel + "-2026-05-04.txt"), file.toByteArray());

        var response = ApiClient.as(port, "admin").post("/api/bundles/import", Map.of("path", bundle.toString()));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(slots(channel, LocalDate.of(2026, 5, 4)).values()).as(response.body()).containsExactly(expected, expected);
    }

    private static byte[] firstLine(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
            end++;
        }
        return Arrays.copyOf(bytes, end);
    }

    private static void assertProblem(JsonNode file, int status, String detail) {
        JsonNode problem = file.path("problem");
        assertThat(problem.path("status").asInt()).as(file.toString()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).as(file.toString()).contains(detail);
        assertThat(problem.path("file").asString()).as("the problem names the file").isEqualTo(file.path("file").asString());
        assertThat(file.path("programmes").asLong()).isZero();
    }

    /** A bundle of no items, this test's channel and an empty {@code schedule/}, with the demo's ninjs schemas. */
    private void bundle(Path bundle) throws IOException {
        Files.createDirectories(bundle.resolve("items"));
        Files.createDirectories(bundle.resolve("schedule"));
        Files.createDirectories(bundle.resolve("schemas"));
        Files.createSymbolicLink(bundle.resolve(BundleImporter.SCHEMAS), DEMO.resolve(BundleImporter.SCHEMAS).toAbsolutePath());
        Files.writeString(bundle.resolve("bundle.json"), """
                {"channels": [{"id": "%s", "kind": "tv", "unit": "dai-pt-th-hau-giang", "name": "Kênh thử %s"}]}
                """.formatted(channel, channel));
    }

    /** The slots of the channel starting on its local day, start → title. */
    private Map<Instant, String> slots(String channelId, LocalDate day) {
        var slots = new LinkedHashMap<Instant, String>();
        jdbc.sql("SELECT start_at, title FROM slot WHERE channel_id = ? AND start_at >= ? AND start_at < ? ORDER BY start_at")
                .params(channelId, day.atStartOfDay(ZONE).toOffsetDateTime(), day.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime())
                .query((rs, n) -> {
                    String previous = slots.put(rs.getObject("start_at", OffsetDateTime.class).toInstant(),
                            rs.getString("title"));
                    assertThat(previous).as("two slots start at " + rs.getObject("start_at", OffsetDateTime.class)).isNull();
                    return n;
                }).list();
        return slots;
    }

    /**
     * The programmes of a day file whose lines are in time order and do not cross midnight (the demo's): start →
     * title, the title NFC with whitespace runs as one space, trimmed.
     */
    private static Map<Instant, String> programmes(Path file, LocalDate day) throws IOException {
        var programmes = new LinkedHashMap<Instant, String>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = DAY_LINE.matcher(line.strip());
            if (m.matches()) {
                Instant start = day.atTime(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                        .atZone(ZONE).toInstant();
                programmes.put(start, Normalizer.normalize(m.group(3), Normalizer.Form.NFC).replaceAll("\\s+", " ").strip());
            } else {
                assertThat(line).as("the demo day file has only H:MM Title lines").isBlank();
            }
        }
        return programmes;
    }
}
