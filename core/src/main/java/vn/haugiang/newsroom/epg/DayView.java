package vn.haugiang.newsroom.epg;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * The programmes of a local calendar day. A programme is never cut at midnight: a 23:30–00:30 bulletin is
 * one programme, {@linkplain #overlapping shown whole in both days' views} but {@linkplain #startingOn
 * written once}, in the day it starts. Days are taken in the given zone (for the broadcaster,
 * {@code Asia/Ho_Chi_Minh}); a day that daylight saving time shortens or lengthens is handled, the day runs
 * from its first instant to the next day's first instant.
 */
public final class DayView {

    private static final Comparator<EpgProgramme> BY_START = Comparator.comparing(EpgProgramme::start)
            .thenComparing(EpgProgramme::channelId);

    private DayView() {
    }

    /**
     * What a viewer's guide shows for a day: every programme on air at some instant of it, whole.
     *
     * @param programmes normalised programmes (with stops), any channels
     * @param day        the local day
     * @param zone       the zone the day is in
     * @return the programmes with {@code start < end of day} and {@code stop > start of day}, by start
     * @throws IllegalStateException if a programme has no stop
     */
    public static List<EpgProgramme> overlapping(List<EpgProgramme> programmes, LocalDate day, ZoneId zone) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        return programmes.stream()
                .filter(p -> p.start().isBefore(to) && p.requireStop().isAfter(from))
                .sorted(BY_START)
                .toList();
    }

    /**
     * What a day's file carries, so that consecutive days' files hold every programme exactly once.
     *
     * @param programmes programmes, any channels
     * @param day        the local day
     * @param zone       the zone the day is in
     * @return the programmes whose start falls on {@code day}, by start
     */
    public static List<EpgProgramme> startingOn(List<EpgProgramme> programmes, LocalDate day, ZoneId zone) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        return programmes.stream()
                .filter(p -> !p.start().isBefore(from) && p.start().isBefore(to))
                .sorted(BY_START)
                .toList();
    }
}
