package vn.haugiang.newsroom.publisher.channel.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.haugiang.newsroom.publisher.TestTokens;
import vn.haugiang.newsroom.publisher.channel.broadcast.BroadcastPublishing.BroadcastRun;
import vn.haugiang.newsroom.publisher.channel.broadcast.BroadcastPublishing.DayResult;
import vn.haugiang.newsroom.publisher.channel.broadcast.BroadcastPublishing.DayStatus;
import vn.haugiang.newsroom.storage.StorageProperties;
import vn.haugiang.newsroom.testing.DtdValidation;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/** The EPG job against the real PostgreSQL (schedule tables, JobRepository) and S3 ({@code site} bucket). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
@Import(PlannedFailures.class)
class EpgJobTests {

    private static final Path DTD = Path.of("..", "..", "shared", "data", "xmltv", "xmltv.dtd");
    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
    private static final LocalDate MAY_2 = LocalDate.of(2026, 5, 2);
    private static final LocalDate MAY_3 = LocalDate.of(2026, 5, 3);

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    S3Client s3;

    @Autowired
    StorageProperties storage;

    @Autowired
    BroadcastPublishing publishing;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    PlannedFailures failures;

    @LocalServerPort
    int port;

    EpgFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new EpgFixtures(jdbc, s3, storage.siteBucket());
        failures.failOnce.clear();
        failures.puts.clear();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void bulletinCrossingMidnightIsWholeInBothDaysFilesAndEveryXmltvFileIsValid() throws Exception {
        fx.slot("Thời sự tối", "2026-05-01T22:00:00+07:00", "2026-05-01T23:30:00+07:00", false, null);
        fx.slot("Bản tin cuối ngày", "2026-05-01T23:30:00+07:00", "2026-05-02T00:30:00+07:00", true, null);
        fx.slot("Ca nhạc đêm khuya", "2026-05-02T00:30:00+07:00", "2026-05-02T01:00:00+07:00", false, null);

        BroadcastRun run = publishing.run(MAY_1, MAY_2, fx.channelId());

        assertThat(run.days()).extracting(DayResult::day, DayResult::status, DayResult::objectsWritten)
                .containsExactly(tuple(MAY_1, DayStatus.WRITTEN, 4), tuple(MAY_2, DayStatus.WRITTEN, 4));
        String c = fx.channelId();
        assertThat(fx.keys()).containsExactly(c + "/epg/2026-05-01.ics", c + "/epg/2026-05-01.json",
                c + "/epg/2026-05-01.xml", c + "/epg/2026-05-02.ics", c + "/epg/2026-05-02.json",
                c + "/epg/2026-05-02.xml", c + "/lich-phat-song/2026-05-01.html", c + "/lich-phat-song/2026-05-02.html",
                c + "/lich-phat-song/truc-tiep.html");

        for (String day : List.of("2026-05-01", "2026-05-02")) {
            Document xml = DtdValidation.validate(fx.bytes(c + "/epg/" + day + ".xml"), DTD);
            NodeList programmes = xml.getElementsByTagName("programme");
            List<String> bulletins = new ArrayList<>();
            for (int i = 0; i < programmes.getLength(); i++) {
                Element p = (Element) programmes.item(i);
                if (p.getElementsByTagName("title").item(0).getTextContent().equals("Bản tin cuối ngày")) {
                    bulletins.add(p.getAttribute("start") + "–" + p.getAttribute("stop"));
                }
            }
            assertThat(bulletins).as(day).containsExactly("20260501233000 +0700–20260502003000 +0700");
            assertThat(xml.getDocumentElement().getElementsByTagName("*").item(0).getNodeName()).isEqualTo("channel");
            assertThat(fx.contentType(c + "/epg/" + day + ".xml")).startsWith("application/xml");

            JsonNode json = JsonMapper.shared().readTree(fx.text(c + "/epg/" + day + ".json"));
            assertThat(json.path("programmes").findValuesAsString("title")).containsOnlyOnce("Bản tin cuối ngày");
            assertThat(fx.text(c + "/epg/" + day + ".ics")).contains("DTSTART:20260501T163000Z")
                    .contains("DTEND:20260501T173000Z");

            String page = fx.text(c + "/lich-phat-song/" + day + ".html");
            Document html = wellFormed(page);
            assertThat(html.getDocumentElement().getAttribute("lang")).isEqualTo("vi");
            assertThat(count(page, "Bản tin cuối ngày")).isOne();
            assertThat(page).contains("datetime=\"2026-05-01T23:30:00+07:00\"");
            assertThat(count(page, "<strong class=\"nhan-truc-tiep\">Trực tiếp</strong>")).as("only the bulletin is live")
                    .isOne();
        }
        assertThat(fx.text(c + "/epg/2026-05-01.xml")).doesNotContain("Ca nhạc đêm khuya");
        assertThat(fx.text(c + "/epg/2026-05-02.xml")).doesNotContain("Thời sự tối");
    }

    @Test
    void failedChannelDayIsRestartedWhereItStoppedAndTheRerunLeavesExactlyTheExpectedObjects() {
        fx.slot("Thời sự", "2026-05-01T19:00:00+07:00", "2026-05-01T19:45:00+07:00", false, null);
        fx.slot("Bản tin cuối ngày", "2026-05-02T23:30:00+07:00", "2026-05-03T00:30:00+07:00", false, null);
        String c = fx.channelId();
        failures.failOnce.add(c + "/epg/2026-05-02.ics");

        BroadcastRun first = publishing.run(MAY_1, MAY_3, c);

        assertThat(first.days()).extracting(DayResult::day, DayResult::status, DayResult::objectsWritten)
                .containsExactly(tuple(MAY_1, DayStatus.WRITTEN, 4), tuple(MAY_2, DayStatus.FAILED, 2),
                        tuple(MAY_3, DayStatus.WRITTEN, 4));
        assertThat(first.days().get(1).error()).contains("planned failure");
        assertThat(fx.exists(c + "/epg/2026-05-02.ics")).isFalse();
        assertThat(fx.exists(c + "/lich-phat-song/2026-05-02.html")).isFalse();
        failures.puts.clear();

        BroadcastRun rerun = publishing.run(MAY_1, MAY_3, c);

        assertThat(rerun.days()).extracting(DayResult::day, DayResult::status, DayResult::restarted,
                DayResult::objectsWritten)
                .containsExactly(tuple(MAY_1, DayStatus.UNCHANGED, false, 0), tuple(MAY_2, DayStatus.WRITTEN, true, 2),
                        tuple(MAY_3, DayStatus.UNCHANGED, false, 0));
        assertThat(failures.puts).containsExactly(c + "/epg/2026-05-02.ics", c + "/lich-phat-song/2026-05-02.html",
                c + "/lich-phat-song/truc-tiep.html");
        List<String> expected = new ArrayList<>();
        for (LocalDate day : List.of(MAY_1, MAY_2, MAY_3)) {
            for (EpgOutput file : EpgOutput.values()) {
                expected.add(file.key(c, day));
            }
        }
        expected.add(EpgRenderer.livePageKey(c));
        assertThat(fx.keys()).containsExactlyInAnyOrderElementsOf(expected);

        JobInstance instance = jobRepository.getJobInstance(EpgJobConfiguration.JOB, new JobParametersBuilder()
                .addString(EpgJobConfiguration.CHANNEL, c).addLocalDate(EpgJobConfiguration.DAY, MAY_2)
                .addString(EpgJobConfiguration.FINGERPRINT, fingerprint(MAY_2)).toJobParameters());
        assertThat(instance).as("the rerun restarted the failed instance").isNotNull();
        assertThat(jobRepository.getJobExecutions(instance)).hasSize(2);
    }

    @Test
    void onlyTheDaysWhoseScheduleChangedAreWrittenAgain() {
        var news = fx.slot("Thời sự", "2026-05-01T19:00:00+07:00", "2026-05-01T19:45:00+07:00", false, null);
        fx.slot("Phim truyện", "2026-05-02T20:00:00+07:00", "2026-05-02T21:30:00+07:00", false, null);
        publishing.run(MAY_1, MAY_2, fx.channelId());

        fx.retitle(news, "Thời sự Hậu Giang");
        BroadcastRun again = publishing.run(MAY_1, MAY_2, fx.channelId());

        assertThat(again.days()).extracting(DayResult::day, DayResult::status)
                .containsExactly(tuple(MAY_1, DayStatus.WRITTEN), tuple(MAY_2, DayStatus.UNCHANGED));
        assertThat(fx.text(fx.channelId() + "/epg/2026-05-01.xml")).contains("Thời sự Hậu Giang");
    }

    @Test
    void liveSlotLinkedToAnItemIsAnnouncedOnTheLivePageAndItsDayPage() throws Exception {
        var clip = fx.publishedClip("Tọa đàm an toàn thông tin 2026", "toa-dam-attt-2026");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        fx.slot("Đang phát: giao lưu", now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofMinutes(50)), true, null);
        fx.slot("Tọa đàm trực tuyến", now.plus(Duration.ofHours(3)), now.plus(Duration.ofHours(4)), true, clip);
        fx.slot("Phim tài liệu", now.plus(Duration.ofHours(5)), now.plus(Duration.ofHours(6)), false, null);

        BroadcastRun run = publishing.run(null, null, fx.channelId());

        assertThat(run.days()).hasSize(9);
        assertThat(run.livePages()).containsExactly(EpgRenderer.livePageKey(fx.channelId()));
        String live = fx.text(EpgRenderer.livePageKey(fx.channelId()));
        wellFormed(live);
        String onAir = live.substring(live.indexOf("id=\"dang-phat\""), live.indexOf("id=\"sap-phat\""));
        String upcoming = live.substring(live.indexOf("id=\"sap-phat\""));
        assertThat(onAir).contains("Đang phát: giao lưu").doesNotContain("Tọa đàm trực tuyến");
        assertThat(upcoming).contains("Tọa đàm trực tuyến")
                .contains("href=\"" + fx.siteUrl() + "tin/toa-dam-attt-2026.html\"")
                .contains("Tọa đàm an toàn thông tin 2026").doesNotContain("Phim tài liệu");
    }

    @Test
    void runEndpointAnswersWhatWasWrittenAndRefusesABackwardWindow() {
        fx.slot("Thời sự", "2026-05-01T19:00:00+07:00", "2026-05-01T19:45:00+07:00", false, null);
        RestClient anonymous = RestClient.create("http://127.0.0.1:" + port);
        HttpStatusCode withoutToken = anonymous.post().uri("/api/broadcast/run")
                .exchange((request, response) -> response.getStatusCode());
        assertThat(withoutToken.value()).isEqualTo(401);
        TestTokens tokens = new TestTokens(environment);
        RestClient otherUnitsProducer = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", "Bearer " + tokens.token("sanxuat.dai", "PRODUCER", "dai-pt-th-hau-giang"))
                .build();
        HttpStatusCode foreign = otherUnitsProducer.post()
                .uri("/api/broadcast/run?from=2026-05-01&to=2026-05-01&channel=" + fx.channelId())
                .exchange((request, response) -> response.getStatusCode());
        assertThat(foreign.value()).isEqualTo(404);
        RestClient http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", "Bearer " + tokens.token("sanxuat", "PRODUCER", fx.unitId()))
                .build();

        JsonNode run = http.post().uri("/api/broadcast/run?from=2026-05-01&to=2026-05-01&channel=" + fx.channelId())
                .retrieve().body(JsonNode.class);

        assertThat(run.path("written").asInt()).isOne();
        assertThat(run.path("days").get(0).path("keys").valueStream().map(JsonNode::asString).toList())
                .containsExactly(fx.channelId() + "/epg/2026-05-01.xml", fx.channelId() + "/epg/2026-05-01.json",
                        fx.channelId() + "/epg/2026-05-01.ics", fx.channelId() + "/lich-phat-song/2026-05-01.html");

        var refused = http.post().uri("/api/broadcast/run?from=2026-05-02&to=2026-05-01").exchange((request, response) ->
                new Object[] {response.getStatusCode(), response.getHeaders().getContentType(),
                        JsonMapper.shared().readTree(response.getBody())});
        assertThat(refused[0]).isEqualTo(HttpStatusCode.valueOf(400));
        assertThat(refused[1].toString()).isEqualTo("application/problem+json");
        assertThat(((JsonNode) refused[2]).path("field").asString()).isEqualTo("to");
    }

    private String fingerprint(LocalDate day) {
        BroadcastSources sources = new BroadcastSources(jdbc);
        return sources.day(sources.channel(fx.channelId()).orElseThrow(), day).fingerprint(EpgRenderer.RENDER_VERSION);
    }

    private static Document wellFormed(String html) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
