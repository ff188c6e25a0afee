package vn.haugiang.newsroom.epg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class XmltvWriterTests {

    private static final EpgChannel HGTV = new EpgChannel("HGTV", "Truyền hình Hậu Giang", "vi");

    private final XmltvWriter writer = new XmltvWriter();
    private final XmltvReader reader = new XmltvReader();

    static Stream<Path> guides() {
        return EpgFiles.guides().stream();
    }

    private static Instant at(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant();
    }

    private static EpgProgramme slot(String start, String stop, String title) {
        return EpgProgramme.of("HGTV", at(start), at(stop), title, "vi");
    }

    private byte[] write(List<EpgChannel> channels, List<EpgProgramme> programmes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(channels, programmes, out);
        return out.toByteArray();
    }

    private XmltvImport reread(byte[] xml) throws IOException {
        return reader.read(new ByteArrayInputStream(xml));
    }

    @ParameterizedTest
    @MethodSource("guides")
    void realGuidesSurviveWriteValidateAndReadAgain(Path guide) throws Exception {
        XmltvImport first = EpgFiles.read(reader, guide);

        byte[] written = write(first.channels(), first.programmes());
        EpgFiles.validate(written);
        XmltvImport second = reread(written);

        assertThat(second.programmes()).containsExactlyInAnyOrderElementsOf(first.programmes());
        assertThat(second.channels()).containsExactlyElementsOf(first.channels());
        assertThat(second.issues()).isEmpty();
    }

    @Test
    void everythingTheModelHoldsIsWrittenValidly() throws Exception {
        EpgProgramme full = slot("2026-05-01T19:00+07:00", "2026-05-01T19:45+07:00", "Thời sự <tối> & \"nóng\" ]]>")
                .withTexts("Số 12", "Tin trong ngày;\nthời tiết")
                .withCategory("Tin tức", "T13")
                .withLive(true)
                .withRepeatOf(new EpgProgramme.RepeatOf("HGTV", at("2026-04-30T19:00+07:00")));

        byte[] written = write(List.of(HGTV), List.of(full));
        EpgFiles.validate(written);

        assertThat(reread(written).programmes()).containsExactly(full);
        String text = new String(written, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tv SYSTEM \"xmltv.dtd\">")
                .contains("<tv generator-info-name=\"newsroom-epg\">")
                .contains("start=\"20260501190000 +0700\" stop=\"20260501194500 +0700\"")
                .contains("<title lang=\"vi\">Thời sự &lt;tối&gt; &amp; \"nóng\" ]]&gt;</title>")
                .contains("<category lang=\"en\">Live</category>")
                .contains("<previously-shown start=\"20260430190000 +0700\" channel=\"HGTV\"/>")
                .contains("<rating><value>T13</value></rating>");
    }

    @Test
    void channelsAreWrittenBeforeProgrammes() throws Exception {
        EpgChannel radio = new EpgChannel("HGR", "Phát thanh Hậu Giang", "vi");
        List<EpgProgramme> programmes = List.of(
                EpgProgramme.of("HGR", at("2026-05-01T05:00+07:00"), at("2026-05-01T05:30+07:00"), "Chào buổi sáng", "vi"),
                slot("2026-05-01T06:00+07:00", "2026-05-01T06:30+07:00", "Thời sự sáng"));

        Document document = EpgFiles.validate(write(List.of(HGTV, radio), programmes));

        List<String> order = Stream.iterate(document.getDocumentElement().getFirstChild(), n -> n != null,
                        Node::getNextSibling)
                .filter(n -> n instanceof Element)
                .map(n -> ((Element) n).getTagName() + ":" + ((Element) n).getAttribute(
                        ((Element) n).getTagName().equals("channel") ? "id" : "channel"))
                .toList();
        assertThat(order).containsExactly("channel:HGTV", "channel:HGR", "programme:HGTV", "programme:HGR");
    }

    @Test
    void textIsWrittenNfc() throws Exception {
        String decomposed = Normalizer.normalize("Thời sự Hậu Giang", Normalizer.Form.NFD);

        byte[] written = write(List.of(), List.of(slot("2026-05-01T19:00+07:00", "2026-05-01T19:30+07:00", decomposed)));

        assertThat(new String(written, StandardCharsets.UTF_8)).contains(">Thời sự Hậu Giang</title>");
    }

    @Test
    void programmeCrossingMidnightIsWrittenOnceWholeInTheDayItStarts() throws Exception {
        EpgProgramme late = slot("2026-05-01T23:30+07:00", "2026-05-02T00:30+07:00", "Bản tin cuối ngày");
        EpgProgramme morning = slot("2026-05-02T05:00+07:00", "2026-05-02T05:30+07:00", "Chào ngày mới");
        List<EpgProgramme> schedule = List.of(late, morning);

        ByteArrayOutputStream first = new ByteArrayOutputStream();
        writer.writeDay(List.of(HGTV), schedule, LocalDate.of(2026, 5, 1), first);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        writer.writeDay(List.of(HGTV), schedule, LocalDate.of(2026, 5, 2), second);

        EpgFiles.validate(first.toByteArray());
        assertThat(reread(first.toByteArray()).programmes()).containsExactly(late);
        assertThat(reread(second.toByteArray()).programmes()).containsExactly(morning);
        assertThat(first.toString(StandardCharsets.UTF_8))
                .contains("start=\"20260501233000 +0700\" stop=\"20260502003000 +0700\"");
    }

    @Test
    void validationCatchesWhatTheDtdForbids() throws Exception {
        EpgFiles.validate(java.nio.file.Files.readAllBytes(EpgFiles.xmltv("real-guide-epgshare01-aljazeera.xml")));
        String programmeBeforeChannel = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE tv SYSTEM "xmltv.dtd">
                <tv><programme start="20260501190000 +0700" channel="HGTV"><title>Thời sự</title></programme>
                <channel id="HGTV"><display-name>HGTV</display-name></channel></tv>""";

        assertThatThrownBy(() -> EpgFiles.validate(programmeBeforeChannel.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(org.xml.sax.SAXException.class)
                .hasMessageContaining("DTD error");
    }

    @Test
    void programmeWithoutStopIsNotWritten() {
        EpgProgramme open = EpgProgramme.of("HGTV", at("2026-05-01T19:00+07:00"), null, "Thời sự", "vi");

        assertThatThrownBy(() -> write(List.of(HGTV), List.of(open)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no stop");
    }

    @Test
    void dailyScheduleBecomesValidXmltv() throws Exception {
        DailyScheduleImport day;
        try (var in = java.nio.file.Files.newInputStream(EpgFiles.file(EpgFiles.THTPCT.resolve("THCT-2015-03-22.txt")))) {
            day = new DailyScheduleReader().read("THTPCT", LocalDate.of(2015, 3, 22), XmltvReader.HO_CHI_MINH, in);
        }
        EpgChannel channel = new EpgChannel("THTPCT", "Truyền hình Cần Thơ", "vi");

        byte[] written = write(List.of(channel), day.programmes());

        EpgFiles.validate(written);
        assertThat(reread(written).programmes()).containsExactlyElementsOf(day.programmes());
    }
}
