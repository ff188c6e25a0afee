package vn.haugiang.newsroom.epg;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A channel's programmes as an iCalendar feed (RFC 5545), for viewers who subscribe to the schedule in a
 * calendar app.
 *
 * <p>One {@code VCALENDAR} ({@code VERSION:2.0}, {@code PRODID}, {@code CALSCALE:GREGORIAN},
 * {@code METHOD:PUBLISH}, {@code X-WR-CALNAME} = channel name) with one {@code VEVENT} per programme, by start:
 * {@code UID} stable per slot (default {@code <channelId>-<start as yyyyMMddTHHmmssZ>@<uidDomain>}, or the
 * caller's own slot ids), {@code DTSTAMP} (when the feed was made), {@code DTSTART}/{@code DTEND} in UTC
 * ({@code 20260501T163000Z}, so no {@code VTIMEZONE} is needed), {@code SUMMARY} with {@code LANGUAGE} from the
 * programme, {@code DESCRIPTION} (sub-title and description), {@code CATEGORIES} (genre; {@code Live} for a
 * live programme), {@code LOCATION} (the channel name), {@code TRANSP:TRANSPARENT} (a programme does not make its
 * viewers busy).
 *
 * <p>TEXT values are escaped as §3.3.11 says ({@code \\ \; \, \n}); lines end in CRLF and are folded at 75 octets
 * of UTF-8 (§3.1), never inside a character, so Vietnamese text stays intact. Written by hand: core has no
 * iCalendar library (ical4j would do the same, with validation). Thread-safe.
 */
public final class ICalendarEpg {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{1,8}([-_][A-Za-z0-9]{1,8})*");

    private final String uidDomain;
    private final String prodId;

    /**
     * @param uidDomain the right-hand side of generated UIDs, a domain the broadcaster controls (RFC 5545
     *                  §3.8.4.7 recommends one), e.g. {@code "epg.example.vn"}
     * @param prodId    the {@code PRODID}, e.g. {@code "-//Hau Giang Newsroom//EPG 1.0//VI"}
     */
    public ICalendarEpg(String uidDomain, String prodId) {
        this.uidDomain = Objects.requireNonNull(uidDomain, "uidDomain");
        this.prodId = Objects.requireNonNull(prodId, "prodId");
    }

    /**
     * The default UID of a slot: the same channel and start always give the same UID, so re-publishing updates
     * events instead of duplicating them (a moved slot is a new event).
     *
     * @param programme a programme
     * @return {@code <channelId>-<start UTC>@<uidDomain>}, e.g. {@code HGTV-20260501T163000Z@epg.example.vn}
     */
    public String uid(EpgProgramme programme) {
        return programme.channelId() + "-" + UTC.format(programme.start()) + "@" + uidDomain;
    }

    /**
     * {@link #calendar(EpgChannel, List, Instant, Function)} with the {@linkplain #uid default UIDs}.
     *
     * @param channel    the channel
     * @param programmes normalised programmes
     * @param stamp      when the feed is made
     * @return the calendar
     */
    public String calendar(EpgChannel channel, List<EpgProgramme> programmes, Instant stamp) {
        return calendar(channel, programmes, stamp, this::uid);
    }

    /**
     * @param channel    the channel (its programmes are kept, others left out)
     * @param programmes normalised programmes
     * @param stamp      when the feed is made: every {@code DTSTAMP}
     * @param uidOf      the UID of a slot, e.g. from its stored id; must be stable and unique
     * @return the calendar, CRLF line ends, folded
     * @throws IllegalStateException if a programme has no stop
     */
    public String calendar(EpgChannel channel, List<EpgProgramme> programmes, Instant stamp,
            Function<EpgProgramme, String> uidOf) {
        ContentLines lines = new ContentLines()
                .line("BEGIN", "VCALENDAR")
                .line("VERSION", "2.0")
                .line("PRODID", ContentLines.text(prodId))
                .line("CALSCALE", "GREGORIAN")
                .line("METHOD", "PUBLISH")
                .line("X-WR-CALNAME", ContentLines.text(channel.displayName()));
        programmes.stream()
                .filter(p -> p.channelId().equals(channel.id()))
                .sorted(Comparator.comparing(EpgProgramme::start))
                .forEach(p -> event(lines, channel, p, stamp, uidOf.apply(p)));
        return lines.line("END", "VCALENDAR").toString();
    }

    /**
     * Writes {@link #calendar(EpgChannel, List, Instant)}; the writer is flushed, not closed.
     *
     * @param channel    the channel
     * @param programmes normalised programmes
     * @param stamp      when the feed is made
     * @param out        where the text goes; encode it as UTF-8 ({@code text/calendar; charset=utf-8})
     * @throws IOException if writing fails
     */
    public void write(EpgChannel channel, List<EpgProgramme> programmes, Instant stamp, Writer out) throws IOException {
        out.write(calendar(channel, programmes, stamp));
        out.flush();
    }

    private static void event(ContentLines lines, EpgChannel channel, EpgProgramme p, Instant stamp, String uid) {
        lines.line("BEGIN", "VEVENT")
                .line("UID", ContentLines.text(uid))
                .line("DTSTAMP", UTC.format(stamp))
                .line("DTSTART", UTC.format(p.start()))
                .line("DTEND", UTC.format(p.requireStop()))
                .line("SUMMARY" + language(p), ContentLines.text(p.title()));
        String description = p.subTitle() == null ? p.description()
                : p.description() == null ? p.subTitle() : p.subTitle() + "\n" + p.description();
        if (description != null) {
            lines.line("DESCRIPTION" + language(p), ContentLines.text(description));
        }
        List<String> categories = new ArrayList<>();
        if (p.category() != null) {
            categories.add(ContentLines.text(p.category()));
        }
        if (p.live()) {
            categories.add(XmltvWriter.LIVE_CATEGORY);
        }
        if (!categories.isEmpty()) {
            lines.line("CATEGORIES", String.join(",", categories));
        }
        lines.line("LOCATION", ContentLines.text(channel.displayName()))
                .line("TRANSP", "TRANSPARENT")
                .line("END", "VEVENT");
    }

    private static String language(EpgProgramme p) {
        return p.lang() != null && LANGUAGE_TAG.matcher(p.lang()).matches() ? ";LANGUAGE=" + p.lang().replace('_', '-')
                : "";
    }
}
