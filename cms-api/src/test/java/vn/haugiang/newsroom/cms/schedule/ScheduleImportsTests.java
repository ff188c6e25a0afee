package vn.haugiang.newsroom.cms.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.haugiang.newsroom.cms.ApiClient;
import vn.haugiang.newsroom.cms.access.CurrentUser;
import vn.haugiang.newsroom.cms.access.Role;
import vn.haugiang.newsroom.cms.schedule.ScheduleImportReport.Entry;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/** The public import façade, as the bundle importer calls it, on the real shared guides and day files. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class ScheduleImportsTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScheduleImports imports;

    TestChannels channels;
    CurrentUser producer;

    @BeforeEach
    void setUp() {
        channels = new TestChannels(jdbc);
        producer = jdbc.sql("SELECT id, username, role, unit_id FROM app_user WHERE username = 'sanxuat.dai'")
                .query((rs, n) -> new CurrentUser(rs.getObject("id", UUID.class), rs.getString("username"),
                        Role.valueOf(rs.getString("role")), rs.getString("unit_id")))
                .single();
    }

    @AfterEach
    void cleanUp() {
        channels.deleteAll();
    }

    @Test
    void realTwoChannelGuideImportsOntoMappedChannelsAndRoundTripsThroughTheExport() throws Exception {
        Path file = XmltvDtd.XMLTV.resolve("real-guide-epgshare01-aljazeera.xml");
        int elements = programmeElements(file);
        String english = channels.create();
        String arabic = channels.create();

        GuideImportReport report = imports.importXmltv(Files.newInputStream(file),
                Map.of("AlJazeera.English.net", english, "AlJazeera.Arabic.net", arabic), producer);

        assertThat(report.programmes()).isEqualTo(elements);
        assertThat(report.imported() + report.fixed() + report.refused()).isEqualTo(elements);
        assertThat(report.unmapped()).isEmpty();
        assertThat(report.channels()).extracting(ScheduleImportReport::channelId).containsExactly(arabic, english);
        for (ScheduleImportReport channel : report.channels()) {
            assertThat(slots(channel.channelId())).hasSize((int) (channel.imported() + channel.fixed()));
            assertThat(channel.entries()).hasSize((int) channel.programmes());
        }

        // Export every local day of the English channel as XMLTV, validate it, import it onto a copy: same slots.
        String copy = channels.create();
        ApiClient api = ApiClient.as(port, "sanxuat.dai");
        List<String> days = jdbc.sql("""
                SELECT DISTINCT to_char(start_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') FROM slot
                WHERE channel_id = ? ORDER BY 1
                """).param(english).query(String.class).list();
        long exported = 0;
        for (String day : days) {
            byte[] xml = api.get("/api/channels/" + english + "/epg.xml?date=" + day).body()
                    .getBytes(StandardCharsets.UTF_8);
            exported += XmltvDtd.validate(xml).getElementsByTagName("programme").getLength();
            GuideImportReport again = imports.importXmltv(new ByteArrayInputStream(xml), Map.of(english, copy), producer);
            assertThat(again.refused()).as(day).isZero();
        }
        assertThat(exported).isEqualTo(slots(english).size());
        assertThat(slots(copy)).isEqualTo(slots(english));
    }

    @Test
    void programmesOfUnmappedGuideChannelsAreRefusedAndCounted() throws Exception {
        Path file = XmltvDtd.XMLTV.resolve("xmltv-project-overlap.xml");
        int elements = programmeElements(file);
        String channel = channels.create();

        GuideImportReport report = imports.importXmltv(Files.newInputStream(file), Map.of("1", channel), producer);

        assertThat(report.programmes()).isEqualTo(elements);
        assertThat(report.unmapped()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.outcome()).isEqualTo("REFUSED"));
        assertThat(report.unmapped().stream().flatMap(e -> e.issues().stream()).map(ScheduleImportReport.Issue::kind))
                .contains("UNMAPPED_CHANNEL");
        ScheduleImportReport mapped = report.channels().get(0);
        assertThat(slots(channel)).hasSize((int) (mapped.imported() + mapped.fixed()));
        assertThat(mapped.programmes() + report.unmapped().size()).isEqualTo(elements);
    }

    @Test
    void realDayFileTextImportsWithEveryLineAccountedFor() throws Exception {
        String text = Files.readString(XmltvDtd.THTPCT.resolve("THCT-2018-08-17.txt"), StandardCharsets.UTF_8);
        long lines = text.lines().filter(l -> !l.isBlank()).count();
        String channel = channels.create();

        ScheduleImportReport report = imports.importDayFile(channel, java.time.LocalDate.of(2018, 8, 17), text, producer);

        assertThat(report.format()).isEqualTo("daily");
        assertThat(report.programmes()).isEqualTo(lines);
        assertThat(report.imported() + report.fixed() + report.refused()).isEqualTo(lines);
        assertThat(report.entries()).filteredOn(e -> !e.outcome().equals("REFUSED")).extracting(Entry::slotId)
                .doesNotContainNull().hasSize(slots(channel).size());
    }

    private List<String> slots(String channel) {
        return jdbc.sql("SELECT start_at || ' ' || stop_at || ' ' || title FROM slot WHERE channel_id = ? ORDER BY start_at")
                .param(channel).query(String.class).list();
    }

    private static int programmeElements(Path path) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(path.toFile()).getElementsByTagName("programme").getLength();
    }
}
