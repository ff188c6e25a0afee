package vn.haugiang.newsroom.epg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ScheduleRulesTests {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ScheduleRules rules = new ScheduleRules();

    private static Instant at(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant();
    }

    private static EpgProgramme slot(String channel, String start, String stop, String title) {
        return EpgProgramme.of(channel, at(start), at(stop), title, "vi");
    }

    private static EpgProgramme slot(String start, String stop, String title) {
        return slot("HGTV", start, stop, title);
    }

    @Test
    void twoSlotsOverlappingByFiveMinutesConflict() {
        EpgProgramme film = slot("2026-05-01T20:00+07:00", "2026-05-01T21:05+07:00", "Phim truyện");
        EpgProgramme news = slot("2026-05-01T21:00+07:00", "2026-05-01T21:30+07:00", "Thời sự");

        ScheduleCheck check = rules.check(List.of(news, film));

        assertThat(check.hasNoConflict()).isFalse();
        assertThat(check.conflicts()).containsExactly(new ScheduleCheck.Conflict(film, news, Duration.ofMinutes(5)));
        assertThat(check.allowedOverlaps()).isEmpty();
    }

    @Test
    void overlapIsAllowedWhenOneSlotIsMarkedAsOverride() {
        EpgProgramme film = slot("2026-05-01T20:00+07:00", "2026-05-01T21:05+07:00", "Phim truyện");
        EpgProgramme breaking = slot("2026-05-01T21:00+07:00", "2026-05-01T21:30+07:00", "Tin khẩn: bão số 3").withLive(true);

        ScheduleCheck check = rules.check(List.of(film, breaking), Set.of(breaking)::contains);

        assertThat(check.conflicts()).isEmpty();
        assertThat(check.allowedOverlaps()).containsExactly(new ScheduleCheck.Conflict(film, breaking, Duration.ofMinutes(5)));
    }

    @Test
    void slotCrossingMidnightConflictsWithASlotTheNextDay() {
        EpgProgramme late = slot("2026-05-01T23:30+07:00", "2026-05-02T00:30+07:00", "Bản tin cuối ngày");
        EpgProgramme night = slot("2026-05-02T00:15+07:00", "2026-05-02T01:00+07:00", "Phim đêm");

        ScheduleCheck check = rules.check(List.of(late, night));

        assertThat(check.conflicts()).singleElement()
                .satisfies(c -> assertThat(c.overlap()).isEqualTo(Duration.ofMinutes(15)));
    }

    @Test
    void slotCrossingMidnightAppearsOnceWholeInBothDaysViews() {
        EpgProgramme evening = slot("2026-05-01T22:00+07:00", "2026-05-01T23:30+07:00", "Phim");
        EpgProgramme late = slot("2026-05-01T23:30+07:00", "2026-05-02T00:30+07:00", "Bản tin cuối ngày");
        EpgProgramme morning = slot("2026-05-02T05:00+07:00", "2026-05-02T05:30+07:00", "Chào ngày mới");
        List<EpgProgramme> schedule = List.of(morning, late, evening);

        assertThat(DayView.overlapping(schedule, LocalDate.of(2026, 5, 1), HCM)).containsExactly(evening, late);
        assertThat(DayView.overlapping(schedule, LocalDate.of(2026, 5, 2), HCM)).containsExactly(late, morning);
        assertThat(DayView.startingOn(schedule, LocalDate.of(2026, 5, 1), HCM)).containsExactly(evening, late);
        assertThat(DayView.startingOn(schedule, LocalDate.of(2026, 5, 2), HCM)).containsExactly(morning);
    }

    @Test
    void backToBackSlotsNeitherOverlapNorLeaveAGap() {
        ScheduleCheck check = new ScheduleRules(Duration.ZERO).check(List.of(
                slot("2026-05-01T11:00+07:00", "2026-05-01T12:00+07:00", "A"),
                slot("2026-05-01T12:00+07:00", "2026-05-01T13:00+07:00", "B")));

        assertThat(check.conflicts()).isEmpty();
        assertThat(check.gaps()).isEmpty();
    }

    @Test
    void gapsLongerThanTheMinimumAreReported() {
        EpgProgramme a = slot("2026-05-01T11:00+07:00", "2026-05-01T12:00+07:00", "A");
        EpgProgramme b = slot("2026-05-01T12:01+07:00", "2026-05-01T13:00+07:00", "B");
        EpgProgramme c = slot("2026-05-01T13:10+07:00", "2026-05-01T14:00+07:00", "C");

        List<ScheduleCheck.Gap> gaps = rules.check(List.of(a, b, c)).gaps();

        assertThat(gaps).singleElement().satisfies(gap -> {
            assertThat(gap.before()).isEqualTo(b);
            assertThat(gap.after()).isEqualTo(c);
            assertThat(gap.length()).isEqualTo(Duration.ofMinutes(10));
        });
    }

    @Test
    void aLongSlotConflictsWithEverySlotItCovers() {
        EpgProgramme marathon = slot("2026-05-01T08:00+07:00", "2026-05-01T12:00+07:00", "Trực tiếp: Đại hội");
        EpgProgramme a = slot("2026-05-01T09:00+07:00", "2026-05-01T10:00+07:00", "A");
        EpgProgramme b = slot("2026-05-01T10:00+07:00", "2026-05-01T11:00+07:00", "B");
        EpgProgramme after = slot("2026-05-01T12:30+07:00", "2026-05-01T13:00+07:00", "C");

        ScheduleCheck check = rules.check(List.of(a, b, marathon, after));

        assertThat(check.conflicts()).extracting(c -> c.first().title() + "/" + c.second().title())
                .containsExactly("Trực tiếp: Đại hội/A", "Trực tiếp: Đại hội/B");
        assertThat(check.gaps()).singleElement().satisfies(gap -> assertThat(gap.before()).isEqualTo(marathon));
    }

    @Test
    void slotsOfDifferentChannelsDoNotConflict() {
        ScheduleCheck check = rules.check(List.of(
                slot("HGTV", "2026-05-01T19:00+07:00", "2026-05-01T19:30+07:00", "Thời sự"),
                slot("HGR", "2026-05-01T19:00+07:00", "2026-05-01T19:30+07:00", "Thời sự")));

        assertThat(check.conflicts()).isEmpty();
    }

    @Test
    void slotWithoutStopCannotBeChecked() {
        EpgProgramme open = EpgProgramme.of("HGTV", at("2026-05-01T19:00+07:00"), null, "Thời sự", "vi");

        assertThatThrownBy(() -> rules.check(List.of(open))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void slotLengthWithinToleranceOfItsClipIsFine() {
        EpgProgramme slot = slot("2026-05-01T19:00+07:00", "2026-05-01T19:30+07:00", "Phóng sự");

        assertThat(rules.checkDuration(slot, Duration.ofMinutes(29).plusSeconds(40), Duration.ofSeconds(30))).isEmpty();
        assertThat(rules.checkDuration(slot, Duration.ofMinutes(30).plusSeconds(30), Duration.ofSeconds(30))).isEmpty();
    }

    @Test
    void clipLongerThanItsSlotBeyondToleranceIsAWarning() {
        EpgProgramme slot = slot("2026-05-01T19:00+07:00", "2026-05-01T19:30+07:00", "Phóng sự");

        assertThat(rules.checkDuration(slot, Duration.ofMinutes(32), Duration.ofSeconds(30))).hasValueSatisfying(w -> {
            assertThat(w.difference()).isEqualTo(Duration.ofMinutes(-2));
            assertThat(w.clipWouldBeCut()).isTrue();
        });
        assertThat(rules.checkDuration(slot, Duration.ofMinutes(25), Duration.ofSeconds(30)))
                .hasValueSatisfying(w -> assertThat(w.clipWouldBeCut()).isFalse());
    }
}
