package vn.haugiang.newsroom.epg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.haugiang.newsroom.epg.ImportIssue.Kind;

class DailyScheduleReaderTests {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate MAY_DAY = LocalDate.of(2026, 5, 1);

    private final DailyScheduleReader reader = new DailyScheduleReader();

    private static Instant at(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant();
    }

    private static DailyScheduleImport readFile(String name, LocalDate day) throws IOException {
        try (InputStream in = Files.newInputStream(EpgFiles.file(EpgFiles.THTPCT.resolve(name)))) {
            return new DailyScheduleReader().read("THTPCT", day, HCM, in);
        }
    }

    private DailyScheduleImport read(String text) throws IOException {
        return reader.read("HGTV", MAY_DAY, HCM, new StringReader(text));
    }

    private static List<Kind> kinds(DailyScheduleImport imported) {
        return imported.issues().stream().map(ImportIssue::kind).toList();
    }

    @ParameterizedTest
    @CsvSource({ "THCT-2015-03-22.txt, 2015-03-22", "THCT-2018-08-17.txt, 2018-08-17" })
    void everyNonBlankLineOfTheRealSchedulesIsAccountedFor(String name, LocalDate day) throws IOException {
        Path path = EpgFiles.file(EpgFiles.THTPCT.resolve(name));
        long lines = Files.readAllLines(path, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).count();

        DailyScheduleImport imported = readFile(name, day);

        assertThat(imported.importedAsIsCount() + imported.fixedCount() + imported.refusedCount()).isEqualTo(lines);
        assertThat(imported.programmes()).hasSize((int) lines); // both files are clean: nothing refused
        assertThat(imported.fixedCount()).isOne(); // the last programme's stop
        assertThat(new ScheduleRules(java.time.Duration.ZERO).check(imported.programmes()))
                .satisfies(check -> assertThat(check.conflicts()).isEmpty())
                .satisfies(check -> assertThat(check.gaps()).isEmpty());
    }

    @Test
    void cantho2015StartsWithMusicAndEndsWithAKoreanSeriesAtMidnight() throws IOException {
        List<EpgProgramme> programmes = readFile("THCT-2015-03-22.txt", LocalDate.of(2015, 3, 22)).programmes();

        assertThat(programmes.get(0)).isEqualTo(EpgProgramme.of("THTPCT", at("2015-03-22T05:03+07:00"),
                at("2015-03-22T05:15+07:00"), "Ca nhạc ...", "vi"));
        assertThat(programmes).anySatisfy(p -> {
            assertThat(p.title()).isEqualTo("Chương trình 11.00");
            assertThat(p.start()).isEqualTo(at("2015-03-22T11:00+07:00"));
            assertThat(p.stop()).isEqualTo(at("2015-03-22T11:20+07:00"));
        });
        EpgProgramme last = programmes.get(programmes.size() - 1);
        assertThat(last.title()).isEqualTo("Phim truyện HQ : ANH HÙNG HONG GIL DONG -Tập 9/35");
        assertThat(last.start()).isEqualTo(at("2015-03-22T23:50+07:00"));
        assertThat(last.stop()).isEqualTo(at("2015-03-23T00:00+07:00"));
    }

    @Test
    void cantho2018StartsWithTheFlagCeremonyAndTrailingSpacesAreDropped() throws IOException {
        DailyScheduleImport imported = readFile("THCT-2018-08-17.txt", LocalDate.of(2018, 8, 17));

        assertThat(imported.programmes().get(0).title())
                .isEqualTo("Nhạc đồ biểu – Chào cờ – PTV xuất hiện giới thiệu chương trình");
        assertThat(imported.programmes().get(0).start()).isEqualTo(at("2018-08-17T04:50+07:00"));
        assertThat(imported.programmes().get(3).title()).isEqualTo("Tây đô ngày mới");
        assertThat(imported.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.kind()).isEqualTo(Kind.STOP_AT_DAY_END);
            assertThat(issue.title()).isEqualTo("Phim tài liệu: ĐIỆU HÒ SÔNG NƯỚC CẦN THƠ");
            assertThat(issue.message()).contains("line 36");
        });
    }

    @Test
    void timesAfterMidnightBelongToTheNextDay() throws IOException {
        DailyScheduleImport imported = new DailyScheduleReader("vi", LocalTime.of(2, 0))
                .read("HGTV", MAY_DAY, HCM, new StringReader("22:00 Phim\n23:30 Bản tin cuối ngày\n0:30 Ca nhạc\n1:15 Phim đêm"));

        assertThat(imported.programmes()).extracting(EpgProgramme::start).containsExactly(
                at("2026-05-01T22:00+07:00"), at("2026-05-01T23:30+07:00"), at("2026-05-02T00:30+07:00"),
                at("2026-05-02T01:15+07:00"));
        assertThat(imported.programmes().get(1).stop()).isEqualTo(at("2026-05-02T00:30+07:00"));
        assertThat(imported.programmes().get(3).stop()).isEqualTo(at("2026-05-02T02:00+07:00"));
    }

    @Test
    void crDebrisAndByteOrderMarkAreStrippedAndReportedButCrlfIsNot() throws IOException {
        DailyScheduleImport imported = read("\uFEFF5:00 Chào ngày mới\r\n5:30 Thời\r sự\r\r\n6:00 Phim\r\n");

        assertThat(imported.programmes()).extracting(EpgProgramme::title)
                .containsExactly("Chào ngày mới", "Thời sự", "Phim");
        assertThat(kinds(imported)).containsExactly(Kind.BOM_STRIPPED, Kind.CR_STRIPPED, Kind.STOP_AT_DAY_END);
        assertThat(imported.fixedCount()).isEqualTo(3);
        assertThat(imported.importedAsIsCount()).isZero();
    }

    @Test
    void classicMacLineEndsAreLineEnds() throws IOException {
        assertThat(read("5:00 Chào ngày mới\r5:30 Thời sự\r").programmes()).hasSize(2);
    }

    @Test
    void badLinesAreRefusedWithTheirReason() throws IOException {
        DailyScheduleImport imported = read("""
                5:00 Chào ngày mới

                5:30
                25:00 Phim
                Sáu giờ Thời sự
                6:00 Thời sự
                6:00 Thời sự (trùng)
                5:45 Thể thao
                7:00 Phim truyện
                """);

        assertThat(imported.programmes()).extracting(EpgProgramme::title)
                .containsExactly("Chào ngày mới", "Thời sự", "Phim truyện");
        assertThat(imported.issues()).filteredOn(i -> i.kind().outcome() == ImportIssue.Outcome.REFUSED)
                .extracting(ImportIssue::kind)
                .containsExactly(Kind.MISSING_TITLE, Kind.UNPARSEABLE_TIME, Kind.UNPARSEABLE_TIME, Kind.OVERLAP,
                        Kind.OUT_OF_ORDER);
        assertThat(imported.issues()).filteredOn(i -> i.kind() == Kind.OUT_OF_ORDER).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("line 8", "05:45", "line 6"));
        assertThat(imported.accountedCount()).isEqualTo(8);
        assertThat(imported.programmes().get(0).stop()).isEqualTo(at("2026-05-01T06:00+07:00"));
    }

    @Test
    void lastProgrammeStopsAtTheNextDaysFirstStartWhenThatComesBeforeTheEndOfTheBroadcastDay() throws IOException {
        DailyScheduleReader aroundTheClock = new DailyScheduleReader("vi", null);
        DailyScheduleReader untilOne = new DailyScheduleReader("vi", LocalTime.of(1, 0));
        String text = "23:00 Phim\n0:15 Ca nhạc";

        DailyScheduleImport continuous = aroundTheClock.read("HGTV", MAY_DAY, HCM, new StringReader(text),
                at("2026-05-02T00:45+07:00"));
        DailyScheduleImport unknown = aroundTheClock.read("HGTV", MAY_DAY, HCM, new StringReader(text));
        DailyScheduleImport offAir = untilOne.read("HGTV", MAY_DAY, HCM, new StringReader(text),
                at("2026-05-02T05:00+07:00"));

        assertThat(continuous.programmes().get(1).stop()).isEqualTo(at("2026-05-02T00:45+07:00"));
        assertThat(kinds(continuous)).containsExactly(Kind.STOP_FROM_NEXT_DAY);
        assertThat(unknown.programmes()).hasSize(1);
        assertThat(kinds(unknown)).containsExactly(Kind.NO_STOP);
        assertThat(offAir.programmes().get(1).stop()).isEqualTo(at("2026-05-02T01:00+07:00"));
        assertThat(kinds(offAir)).containsExactly(Kind.STOP_AT_DAY_END);
    }

    @Test
    void bytesThatAreNotUtf8AreRejected() {
        byte[] windows1258 = { '5', ':', '0', '0', ' ', 'T', 'h', (byte) 0xF4, 'i' };

        assertThatThrownBy(() -> reader.read("HGTV", MAY_DAY, HCM, new ByteArrayInputStream(windows1258)))
                .isInstanceOf(MalformedInputException.class);
    }
}
