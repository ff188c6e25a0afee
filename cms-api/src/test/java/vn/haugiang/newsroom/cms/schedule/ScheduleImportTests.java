package vn.haugiang.newsroom.cms.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;

import tools.jackson.databind.JsonNode;
import vn.haugiang.newsroom.cms.ApiClient;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/** The real Cần Thơ TV day files imported over HTTP, exported as XMLTV, validated and imported again. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class ScheduleImportTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    TestChannels channels;
    ApiClient producer;

    @BeforeEach
    void setUp() {
        channels = new TestChannels(jdbc);
        producer = ApiClient.as(port, "sanxuat.dai");
    }

    @AfterEach
    void cleanUp() {
        channels.deleteAll();
    }

    @ParameterizedTest
    @CsvSource({ "THCT-2015-03-22.txt, 2015-03-22", "THCT-2018-08-17.txt, 2018-08-17" })
    void realDayFilesImportWithEveryLineAccountedFor(String file, String date) throws Exception {
        byte[] bytes = Files.readAllBytes(XmltvDtd.THTPCT.resolve(file));
        long lines = new String(bytes, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
        String channel = channels.create();

        JsonNode report = importFile(channel, channel + "-" + date + ".txt", bytes);

        assertThat(report.path("programmes").asLong()).isEqualTo(lines);
        assertThat(report.path("entries")).hasSize((int) lines);
        assertThat(report.path("imported").asLong() + report.path("fixed").asLong() + report.path("refused").asLong())
                .isEqualTo(lines);
        assertThat(report.path("refused").asLong()).isZero();
        assertThat(report.path("fixed").asLong()).as("the last programme's stop at the day's end").isOne();
        assertThat(producer.get("/api/channels/" + channel + "/schedule?date=" + date).json().path("slots"))
                .hasSize((int) lines);

        JsonNode again = importFile(channel, channel + "-" + date + ".txt", bytes);
        assertThat(again.path("refused").asLong()).as("every programme is already on air").isEqualTo(lines);
        assertThat(again.path("entries").findValuesAsString("kind")).containsOnly("OVERLAPS_STORED_SLOT");
    }

    @Test
    void xmltvExportValidatesAgainstTheDtdAndReimportsToTheSameProgrammes() throws Exception {
        String date = "2015-03-22";
        String source = channels.create();
        JsonNode imported = importFile(source, source + "-" + date + ".txt",
                Files.readAllBytes(XmltvDtd.THTPCT.resolve(Path.of("THCT-" + date + ".txt"))));
        long count = imported.path("programmes").asLong();

        var export = producer.get("/api/channels/" + source + "/epg.xml?date=" + date);
        assertThat(export.status()).isEqualTo(200);
        byte[] xml = export.body().getBytes(StandardCharsets.UTF_8);
        Document document = XmltvDtd.validate(xml);
        assertThat(document.getElementsByTagName("programme").getLength()).isEqualTo(count);
        assertThat(export.body()).contains("start=\"20150322050300 +0700\"");

        String copy = channels.create();
        JsonNode report = importFile(copy, "epg.xml", xml);
        assertThat(report.path("format").asString()).isEqualTo("xmltv");
        assertThat(report.path("imported").asLong()).isEqualTo(count);
        assertThat(programmes(copy, date)).isEqualTo(programmes(source, date));
    }

    @Test
    void jsonAndCalendarGuidesCarryTheDaysSlots() throws Exception {
        String channel = channels.create();
        importFile(channel, channel + "-2018-08-17.txt",
                Files.readAllBytes(XmltvDtd.THTPCT.resolve("THCT-2018-08-17.txt")));

        JsonNode json = producer.get("/api/channels/" + channel + "/epg.json?date=2018-08-17").json();
        assertThat(json.path("timeZone").asString()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(json.path("programmes").get(0).path("start").asString()).isEqualTo("2018-08-17T04:50:00+07:00");

        var ics = producer.get("/api/channels/" + channel + "/epg.ics?from=2018-08-17&to=2018-08-17");
        assertThat(ics.contentType()).startsWith("text/calendar");
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART:20180816T215000Z");
        assertThat(ics.body().split("BEGIN:VEVENT", -1)).hasSize(json.path("programmes").size() + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "real-guide-epgshare01-aljazeera.xml", "xmltv-project-overlap.xml",
            "xmltv-project-simple.xml", "xmltv-project-amp.xml", "xmltv-project-test.xml",
            "iptv-org-expected-base.guide.xml", "iptv-org-expected-multilang.guide.xml", "xmltv-project-empty.xml" })
    void sharedXmltvGuidesImportWithEveryProgrammeAccountedFor(String file) throws Exception {
        Path path = XmltvDtd.XMLTV.resolve(file);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        int elements = factory.newDocumentBuilder().parse(path.toFile()).getElementsByTagName("programme").getLength();
        String channel = channels.create();

        JsonNode report = importFile(channel, file, Files.readAllBytes(path));

        assertThat(report.path("programmes").asLong()).isEqualTo(elements);
        assertThat(report.path("entries")).hasSize(elements);
        long stored = report.path("imported").asLong() + report.path("fixed").asLong();
        assertThat(stored + report.path("refused").asLong()).isEqualTo(elements);
        assertThat(report.path("entries").findValuesAsString("outcome")).filteredOn("REFUSED"::equals)
                .hasSize((int) report.path("refused").asLong());
        assertThat(jdbc.sql("SELECT count(*) FROM slot WHERE channel_id = ?").param(channel).query(Long.class).single())
                .isEqualTo(stored);
    }

    @Test
    void dayFileForAnotherChannelIsRefused() {
        String channel = channels.create();
        var refused = producer.upload("/api/channels/" + channel + "/imports", "hgtv-2026-05-01.txt",
                "5:00 Ca nhạc\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("field").asString()).isEqualTo("file");
    }

    private JsonNode importFile(String channel, String name, byte[] bytes) {
        var response = producer.upload("/api/channels/" + channel + "/imports", name, bytes);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private List<String> programmes(String channel, String date) {
        List<String> programmes = new ArrayList<>();
        producer.get("/api/channels/" + channel + "/schedule?date=" + date).json().path("slots")
                .forEach(s -> programmes.add(s.path("start").asString() + " " + s.path("stop").asString() + " "
                        + s.path("title").asString()));
        return programmes;
    }
}
