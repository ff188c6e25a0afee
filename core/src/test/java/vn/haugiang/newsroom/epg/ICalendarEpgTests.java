package vn.haugiang.newsroom.epg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ICalendarEpgTests {

    private static final EpgChannel HGTV = new EpgChannel("HGTV", "Truyền hình Hậu Giang", "vi");
    private static final Instant STAMP = Instant.parse("2026-04-30T10:00:00Z");

    private final ICalendarEpg ical = new ICalendarEpg("epg.example.vn", "-//Hau Giang Newsroom//EPG 1.0//VI");

    private static Instant at(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant();
    }

    private static EpgProgramme slot(String start, String stop, String title) {
        return EpgProgramme.of("HGTV", at(start), at(stop), title, "vi");
    }

    /** RFC 5545 §3.1 unfolding: remove every CRLF followed by one space or tab. */
    private static String unfold(String calendar) {
        return calendar.replaceAll("\r\n[ \t]", "");
    }

    @Test
    void linesEndInCrlfAndAreFoldedAt75OctetsWithoutSplittingVietnameseLetters() {
        String title = "Phim truyện Việt Nam: NHỮNG NGƯỜI ĐI QUA ĐỜI TÔI – Tập 12&13/40 – Đài Phát thanh và Truyền hình Hậu Giang";
        String calendar = ical.calendar(HGTV, List.of(slot("2026-05-01T20:00+07:00", "2026-05-01T21:00+07:00", title)),
                STAMP);

        assertThat(calendar).endsWith("END:VCALENDAR\r\n");
        assertThat(calendar.replace("\r\n", "")).doesNotContain("\r", "\n");
        String[] lines = calendar.split("\r\n");
        assertThat(lines).allSatisfy(line -> {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertThat(octets.length).as(line).isLessThanOrEqualTo(75);
            assertThat(strictUtf8(octets)).as("each physical line is whole UTF-8").isTrue();
        });
        assertThat(Arrays.stream(lines).filter(line -> line.startsWith(" "))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(unfold(calendar)).contains("\r\nSUMMARY;LANGUAGE=vi:" + title.replace(",", "\\,") + "\r\n");
    }

    private static boolean strictUtf8(byte[] octets) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(octets));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void summaryIsEscapedAsTextValue() {
        String title = "Thời sự; Tin tức, Thể thao \\ Hậu Giang: 19:00";

        String calendar = unfold(ical.calendar(HGTV,
                List.of(slot("2026-05-01T19:00+07:00", "2026-05-01T19:30+07:00", title)
                        .withTexts("Số 1", "Dòng 1; dòng 2, hết")), STAMP));

        assertThat(calendar).contains("\r\nSUMMARY;LANGUAGE=vi:Thời sự\\; Tin tức\\, Thể thao \\\\ Hậu Giang: 19:00\r\n")
                .contains("\r\nDESCRIPTION;LANGUAGE=vi:Số 1\\nDòng 1\\; dòng 2\\, hết\r\n");
    }

    @Test
    void eventsAreInUtcWithTheRequiredProperties() {
        EpgProgramme late = slot("2026-05-01T23:30+07:00", "2026-05-02T00:30+07:00", "Bản tin cuối ngày")
                .withCategory("Tin tức", null)
                .withLive(true);

        String calendar = ical.calendar(HGTV, List.of(late), STAMP);

        assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hau Giang Newsroom//EPG 1.0//VI\r\n")
                .contains("\r\nBEGIN:VEVENT\r\nUID:HGTV-20260501T163000Z@epg.example.vn\r\nDTSTAMP:20260430T100000Z\r\n"
                        + "DTSTART:20260501T163000Z\r\nDTEND:20260501T173000Z\r\n")
                .contains("\r\nCATEGORIES:Tin tức,Live\r\n")
                .contains("\r\nLOCATION:Truyền hình Hậu Giang\r\n")
                .contains("\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    }

    @Test
    void uidIsStablePerSlot() {
        EpgProgramme news = slot("2026-05-01T19:00+07:00", "2026-05-01T19:30+07:00", "Thời sự");
        EpgProgramme renamed = slot("2026-05-01T19:00+07:00", "2026-05-01T19:45+07:00", "Thời sự tối");
        EpgProgramme moved = slot("2026-05-01T19:15+07:00", "2026-05-01T19:45+07:00", "Thời sự");

        assertThat(ical.uid(news)).isEqualTo(ical.uid(renamed)).isNotEqualTo(ical.uid(moved));
        assertThat(ical.calendar(HGTV, List.of(news), STAMP, p -> "slot-42@epg.example.vn"))
                .contains("\r\nUID:slot-42@epg.example.vn\r\n");
    }

    @Test
    void onlyTheChannelsProgrammesAreInItsFeedInStartOrder() {
        EpgProgramme second = slot("2026-05-01T20:00+07:00", "2026-05-01T21:00+07:00", "Hai");
        EpgProgramme first = slot("2026-05-01T19:00+07:00", "2026-05-01T20:00+07:00", "Một");
        EpgProgramme radio = EpgProgramme.of("HGR", at("2026-05-01T19:00+07:00"), at("2026-05-01T20:00+07:00"), "Radio", "vi");

        String calendar = ical.calendar(HGTV, List.of(second, radio, first), STAMP);

        assertThat(calendar).doesNotContain("Radio");
        assertThat(calendar.indexOf("SUMMARY;LANGUAGE=vi:Một")).isLessThan(calendar.indexOf("SUMMARY;LANGUAGE=vi:Hai"));
    }
}
