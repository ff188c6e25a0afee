package vn.haugiang.newsroom.epg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import vn.haugiang.newsroom.epg.ImportIssue.Kind;

class XmltvReaderTests {

    private final XmltvReader reader = new XmltvReader();

    static Stream<Path> guides() {
        return EpgFiles.guides().stream();
    }

    private XmltvImport read(String xml) throws IOException {
        return reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Kind> kinds(XmltvImport imported) {
        return imported.issues().stream().map(ImportIssue::kind).toList();
    }

    @ParameterizedTest
    @MethodSource("guides")
    void everyProgrammeOfEveryRealGuideIsImportedFixedOrRefused(Path guide) throws Exception {
        int input = EpgFiles.domProgrammeCount(guide);

        XmltvImport imported = EpgFiles.read(reader, guide);

        assertThat(imported.importedAsIsCount() + imported.fixedCount() + imported.refusedCount()).isEqualTo(input);
        assertThat(imported.accountedCount()).isEqualTo(input);
        assertThat(imported.programmes()).allSatisfy(p -> assertThat(p.stop()).isAfter(p.start()));
        assertThat(new ScheduleRules().check(imported.programmes()).conflicts()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "iptv-org-expected-base.guide.xml,        6,   6,   6, 0, 0",
            "iptv-org-expected-json-guide.xml,        3,   3,   3, 0, 0",
            "iptv-org-expected-multilang.guide.xml,   4,   4,   4, 0, 0",
            "real-guide-epgshare01-aljazeera.xml,   203, 203, 203, 0, 0",
            "xmltv-project-amp.xml,                   2,   1,   1, 0, 1",
            "xmltv-project-empty.xml,                 0,   0,   0, 0, 0",
            "xmltv-project-overlap.xml,              14,   5,   0, 5, 9",
            "xmltv-project-simple.xml,                2,   0,   0, 0, 2",
            "xmltv-project-test.xml,                  1,   1,   0, 1, 0" })
    void realGuidesGiveTheseCounts(String name, int input, int imported, int asIs, int fixed, int refused)
            throws Exception {
        XmltvImport result = EpgFiles.read(reader, EpgFiles.xmltv(name));

        assertThat(EpgFiles.domProgrammeCount(EpgFiles.xmltv(name))).isEqualTo(input);
        assertThat(result.programmes()).hasSize(imported);
        assertThat(result.importedAsIsCount()).isEqualTo(asIs);
        assertThat(result.fixedCount()).isEqualTo(fixed);
        assertThat(result.refusedCount()).isEqualTo(refused);
    }

    @Test
    void aljazeeraEnglishHasFortyProgrammesOnTheNinthOfFebruary() {
        XmltvImport imported = EpgFiles.read(reader, EpgFiles.xmltv("real-guide-epgshare01-aljazeera.xml"));
        List<EpgProgramme> english = imported.programmes().stream()
                .filter(p -> p.channelId().equals("AlJazeera.English.net"))
                .toList();

        List<EpgProgramme> day = DayView.startingOn(english, LocalDate.of(2025, 2, 9), ZoneOffset.UTC);

        assertThat(day).hasSize(40);
        assertThat(day.get(0).title()).isEqualTo("The Palestine Laboratory");
        assertThat(day.get(0).start()).isEqualTo(Instant.parse("2025-02-09T00:00:00Z"));
        assertThat(day.get(0).stop()).isEqualTo(Instant.parse("2025-02-09T01:00:00Z"));
        assertThat(imported.channels()).extracting(EpgChannel::id)
                .containsExactly("AlJazeera.Arabic.net", "AlJazeera.English.net");
        assertThat(imported.issues()).isEmpty();
    }

    @Test
    void overlappingProgrammesAreRefusedAndTheEarlierOneKept() {
        XmltvImport imported = EpgFiles.read(reader, EpgFiles.xmltv("xmltv-project-overlap.xml"));

        assertThat(imported.issues()).filteredOn(i -> i.kind() == Kind.OVERLAP)
                .extracting(ImportIssue::title)
                .containsExactlyInAnyOrder("C", "D", "E", "F", "H", "K");
        assertThat(imported.programmes()).extracting(EpgProgramme::title)
                .containsExactly("A", "G", "I", "J", "One hour long");
        assertThat(imported.issues()).filteredOn(i -> i.kind() == Kind.STOP_NOT_AFTER_START)
                .extracting(ImportIssue::title)
                .allSatisfy(title -> assertThat(title).startsWith("Zero length"));
    }

    @Test
    void emptyGuideHasNothing() {
        XmltvImport imported = EpgFiles.read(reader, EpgFiles.xmltv("xmltv-project-empty.xml"));

        assertThat(imported.channels()).isEmpty();
        assertThat(imported.programmes()).isEmpty();
        assertThat(imported.issues()).isEmpty();
    }

    @Test
    void missingStopIsTheNextStartAndTheLastOneWithoutStopIsRefused() throws IOException {
        XmltvImport imported = read("""
                <tv>
                  <programme channel="HGTV" start="20260501180000 +0700"><title>Thời sự</title></programme>
                  <programme channel="HGTV" start="20260501183000 +0700"><title>Thời tiết</title></programme>
                </tv>""");

        assertThat(imported.programmes()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Thời sự");
            assertThat(p.stop()).isEqualTo(Instant.parse("2026-05-01T11:30:00Z"));
        });
        assertThat(kinds(imported)).containsExactly(Kind.STOP_FROM_NEXT_START, Kind.NO_STOP);
        assertThat(imported.fixedCount()).isOne();
        assertThat(imported.refusedCount()).isOne();
    }

    @Test
    void timeWithoutOffsetIsReadInTheConfiguredZoneAndReported() throws IOException {
        String xml = """
                <tv><programme channel="HGTV" start="20260501180000" stop="20260501183000">
                <title>Thời sự</title></programme></tv>""";

        XmltvImport local = read(xml);
        XmltvImport utc = new XmltvReader(ZoneOffset.UTC, "vi")
                .read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        assertThat(local.programmes().get(0).start()).isEqualTo(Instant.parse("2026-05-01T11:00:00Z"));
        assertThat(utc.programmes().get(0).start()).isEqualTo(Instant.parse("2026-05-01T18:00:00Z"));
        assertThat(kinds(local)).containsExactly(Kind.ASSUMED_ZONE);
        assertThat(local.issues().get(0).message()).contains("Asia/Ho_Chi_Minh");
    }

    @Test
    void unreadableTimesAndStopsBeforeStartsAreRefusedWithTheirReason() throws IOException {
        XmltvImport imported = read("""
                <tv>
                  <programme channel="HGTV" start="hôm nay"><title>A</title></programme>
                  <programme channel="HGTV" start="20260501" stop="20260502"><title>B</title></programme>
                  <programme channel="HGTV" start="20260501190000 +0700" stop="20260501180000 +0700"><title>C</title></programme>
                  <programme channel="HGTV" start="20260501190000 XYZ"><title>D</title></programme>
                  <programme start="20260501190000 +0700"><title>E</title></programme>
                  <programme channel="HGTV" start="20260501190000 +0700"><desc>no title</desc></programme>
                </tv>""");

        assertThat(imported.programmes()).isEmpty();
        assertThat(kinds(imported)).containsExactly(Kind.UNPARSEABLE_TIME, Kind.UNPARSEABLE_TIME,
                Kind.STOP_NOT_AFTER_START, Kind.UNPARSEABLE_TIME, Kind.MISSING_ATTRIBUTE, Kind.MISSING_TITLE);
        assertThat(imported.issues().get(1).message()).contains("line 3", "not precise enough");
        assertThat(imported.refusedCount()).isEqualTo(6);
    }

    @Test
    void channelAfterProgrammesIsAcceptedAndReported() throws IOException {
        XmltvImport imported = read("""
                <tv>
                  <programme channel="HGTV" start="20260501180000 +0700" stop="20260501183000 +0700">
                    <title>Thời sự</title></programme>
                  <channel id="HGTV"><display-name lang="vi">Truyền hình Hậu Giang</display-name></channel>
                  <channel id="HGTV"><display-name>again</display-name></channel>
                </tv>""");

        assertThat(imported.channels()).containsExactly(new EpgChannel("HGTV", "Truyền hình Hậu Giang", "vi"));
        assertThat(kinds(imported)).containsExactly(Kind.CHANNEL_AFTER_PROGRAMMES, Kind.DUPLICATE_CHANNEL);
        assertThat(imported.importedAsIsCount()).isOne();
        assertThat(imported.refusedCount()).isZero();
    }

    @Test
    void preferredLanguageLiveMarkerRatingAndRepeatAreRead() throws IOException {
        XmltvImport imported = read("""
                <tv><programme channel="HGTV" start="20260501190000 +0700" stop="20260501193000 +0700">
                  <title lang="en">News</title><title lang="vi">Thời  sự
                  tối</title><desc lang="vi">Tin trong ngày</desc>
                  <credits><actor>x<image>y</image></actor></credits>
                  <category lang="en">Live</category><category lang="vi">Tin tức</category>
                  <previously-shown channel="HGTV" start="2025"/>
                  <rating system="VN"><value>T13</value></rating>
                </programme></tv>""");

        EpgProgramme p = imported.programmes().get(0);
        assertThat(p.title()).isEqualTo("Thời sự tối");
        assertThat(p.lang()).isEqualTo("vi");
        assertThat(p.description()).isEqualTo("Tin trong ngày");
        assertThat(p.category()).isEqualTo("Tin tức");
        assertThat(p.live()).isTrue();
        assertThat(p.rating()).isEqualTo("T13");
        assertThat(p.repeatOf()).isEqualTo(new EpgProgramme.RepeatOf("HGTV", Instant.parse("2024-12-31T17:00:00Z")));
    }

    @Test
    void nonStandardLiveElementIsReadAsLive() throws IOException {
        XmltvImport imported = read("""
                <tv><programme channel="HGTV" start="20260501190000 +0700" stop="20260501193000 +0700">
                  <title>Bóng đá</title><live/></programme></tv>""");

        assertThat(imported.programmes().get(0).live()).isTrue();
    }

    @Test
    void entitiesDeclaredInTheDoctypeAreNeverExpanded() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE tv [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY lol "lol">]>
                <tv><programme channel="HGTV" start="20260501190000 +0700" stop="20260501193000 +0700">
                  <title>before &xxe; &lol; after</title></programme></tv>""";

        // DTD processing is off: neither the external (XXE) nor the internal entity (billion laughs) is expanded,
        // and a document that needs them is refused whole.
        assertThatThrownBy(() -> read(xml))
                .isInstanceOf(EpgFormatException.class)
                .hasMessageContaining("xxe")
                .hasMessageNotContaining("root:");
    }

    @Test
    void externalDtdIsNotFetched() throws IOException {
        XmltvImport imported = read("""
                <?xml version="1.0"?>
                <!DOCTYPE tv SYSTEM "http://127.0.0.1:9/xmltv.dtd">
                <tv><programme channel="HGTV" start="20260501190000 +0700" stop="20260501193000 +0700">
                  <title>Thời sự</title></programme></tv>""");

        assertThat(imported.programmes()).hasSize(1);
    }

    @Test
    void documentThatIsNotWellFormedIsRefusedWhole() {
        assertThatThrownBy(() -> read("<tv><programme channel=\"a\" start=\"20260501190000\"><title>x < y</title></programme></tv>"))
                .isInstanceOf(EpgFormatException.class)
                .satisfies(e -> assertThat(((EpgFormatException) e).line()).isEqualTo(1));
        assertThatThrownBy(() -> read("<urlset/>"))
                .isInstanceOf(EpgFormatException.class)
                .hasMessageContaining("<urlset>");
    }
}
