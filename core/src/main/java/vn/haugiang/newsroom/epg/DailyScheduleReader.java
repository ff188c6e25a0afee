package vn.haugiang.newsroom.epg;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Reads a plain daily schedule, one programme per line: {@code H:MM Title} (or {@code HH:MM}), times in
 * broadcast order, as the provincial broadcasters publish them (e.g. Cần Thơ TV: {@code "5:03 Ca nhạc ..."}).
 *
 * <p><b>Lines.</b> Split at LF (at CR only if the text has no LF at all: old Mac files). A CR before the LF is
 * a normal CRLF line end; any other CR is debris, removed and reported ({@code CR_STRIPPED}); a byte order mark
 * before the first line likewise ({@code BOM_STRIPPED}). Blank lines carry nothing and are skipped. Every other
 * line is imported, imported with a fix, or refused: no {@code H:MM} time with hour 0–23 and minute 0–59
 * ({@code UNPARSEABLE_TIME}), no title ({@code MISSING_TITLE}), the same time as the line before
 * ({@code OVERLAP}), a time earlier than the line before by less than 12 hours ({@code OUT_OF_ORDER}).
 *
 * <p><b>Midnight.</b> A time earlier than the previous line's by 12 hours or more (0:30 after 23:30) is on the
 * next day; this happens at most once per file (a second time is {@code OUT_OF_ORDER}).
 *
 * <p><b>Stops.</b> A programme stops when the next line starts. The last programme stops at the earlier of the
 * next day's first start (when the caller knows it, e.g. from the next day's file: {@code STOP_FROM_NEXT_DAY})
 * and the end of the broadcast day ({@code STOP_AT_DAY_END}: the configured time, default 00:00, on the day
 * after {@code day}), whichever of the two is after its start; with neither, it is refused ({@code NO_STOP}).
 * Both are reported as fixes so that a producer can confirm them. For a channel that broadcasts around the
 * clock, configure no broadcast day end: the last programme then needs the next day's first start.
 *
 * <p>Text is NFC with whitespace runs collapsed; the programmes get the configured language (default
 * {@code vi}). Thread-safe.
 */
public final class DailyScheduleReader {

    private final @Nullable String lang;
    private final @Nullable LocalTime broadcastDayEnd;

    /** Programmes in Vietnamese, the broadcast day ending at midnight. */
    public DailyScheduleReader() {
        this("vi", LocalTime.MIDNIGHT);
    }

    /**
     * @param lang            language of the titles, or {@code null} if unknown
     * @param broadcastDayEnd when the channel goes off air, on the day after the schedule's day (00:00 = midnight
     *                        ending the day), or {@code null} for a channel on air around the clock
     */
    public DailyScheduleReader(@Nullable String lang, @Nullable LocalTime broadcastDayEnd) {
        this.lang = lang;
        this.broadcastDayEnd = broadcastDayEnd;
    }

    /**
     * Reads UTF-8 bytes (decoding errors are not repaired: convert legacy Vietnamese encodings first, e.g. with
     * {@code vn.haugiang.newsroom.text.LegacyText}). The stream is not closed.
     *
     * @param channelId the channel the schedule is for
     * @param day       the local day of the schedule
     * @param zone      the zone its times are in
     * @param in        UTF-8 bytes
     * @return the programmes and the issues
     * @throws java.nio.charset.MalformedInputException if the bytes are not UTF-8
     * @throws IOException if reading fails
     * @see #read(String, LocalDate, ZoneId, Reader, Instant)
     */
    public DailyScheduleImport read(String channelId, LocalDate day, ZoneId zone, InputStream in) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        return read(channelId, day, zone, reader, null);
    }

    /**
     * Reads text, the next day's first start unknown.
     *
     * @param channelId the channel the schedule is for
     * @param day       the local day of the schedule
     * @param zone      the zone its times are in
     * @param in        the text
     * @return the programmes and the issues
     * @throws IOException if reading fails
     * @see #read(String, LocalDate, ZoneId, Reader, Instant)
     */
    public DailyScheduleImport read(String channelId, LocalDate day, ZoneId zone, Reader in) throws IOException {
        return read(channelId, day, zone, in, null);
    }

    /**
     * Reads one day's schedule; the reader is read to the end, not closed.
     *
     * @param channelId    the channel the schedule is for
     * @param day          the local day of the schedule
     * @param zone         the zone its times are in, {@code Asia/Ho_Chi_Minh} for the broadcaster
     * @param in           the text
     * @param nextDayStart the first start of the next day, or {@code null} if unknown
     * @return the programmes and the issues, every non-blank line accounted for
     * @throws IOException if reading fails
     */
    public DailyScheduleImport read(String channelId, LocalDate day, ZoneId zone, Reader in,
            @Nullable Instant nextDayStart) throws IOException {
        Objects.requireNonNull(channelId, "channelId");
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            text.append(buffer, 0, n);
        }
        Instant dayEnd = broadcastDayEnd == null ? null : day.plusDays(1).atTime(broadcastDayEnd).atZone(zone).toInstant();
        return new DailySchedulePass(channelId, day, zone, lang).run(text.toString(), nextDayStart, dayEnd);
    }
}
