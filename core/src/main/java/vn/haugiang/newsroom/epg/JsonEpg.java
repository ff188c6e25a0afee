package vn.haugiang.newsroom.epg;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.json.JsonMapper;

/**
 * A channel's day as JSON, for the viewers' guide and apps. Shape (members whose value is {@code null} are
 * left out; {@code live} is always there):
 *
 * <pre>{@code
 * {"channel": {"id": "HGTV", "displayName": "Truyền hình Hậu Giang", "lang": "vi"},
 *  "date": "2026-05-01",
 *  "timeZone": "Asia/Ho_Chi_Minh",
 *  "programmes": [
 *    {"start": "2026-05-01T23:30:00+07:00", "stop": "2026-05-02T00:30:00+07:00", "title": "Thời sự",
 *     "lang": "vi", "subTitle": "...", "description": "...", "category": "Tin tức", "rating": "T13",
 *     "live": true, "repeatOf": {"channelId": "HGTV", "start": "2026-04-30T19:00:00+07:00"}}]}
 * }</pre>
 *
 * <p>{@code programmes} are the channel's programmes on air during the local day ({@link DayView#overlapping}),
 * by start, whole: a 23:30–00:30 bulletin is in both days, with its real start and stop. Times are ISO-8601 with
 * the offset of {@code timeZone} at that instant ({@code +07:00} for {@code Asia/Ho_Chi_Minh}); {@code date} is
 * ISO {@code yyyy-MM-dd}; texts are NFC; the output is UTF-8 text when written to bytes.
 *
 * <p>The {@link Day} records mirror the shape member by member and Jackson writes them; a Spring MVC
 * controller returning a {@code Day} (with nulls excluded) gives the same JSON. Thread-safe.
 */
public final class JsonEpg {

    /** Jackson 3 with null members left out, as the shape above says. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private final ZoneId zone;

    /** Days in {@code Asia/Ho_Chi_Minh}. */
    public JsonEpg() {
        this(XmltvReader.HO_CHI_MINH);
    }

    /** @param zone the zone days and times are in */
    public JsonEpg(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * The JSON document of a day.
     *
     * @param channel    the channel
     * @param date       the local day, ISO {@code yyyy-MM-dd}
     * @param timeZone   the zone id, e.g. {@code Asia/Ho_Chi_Minh}
     * @param programmes the programmes on air that day, by start
     */
    public record Day(EpgChannel channel, String date, String timeZone, List<Programme> programmes) {

        /** Copies the list. */
        public Day {
            programmes = List.copyOf(programmes);
        }
    }

    /**
     * One programme: ISO-8601 times with offset, texts as in {@link EpgProgramme}.
     *
     * @param start       e.g. {@code 2026-05-01T23:30:00+07:00}
     * @param stop        e.g. {@code 2026-05-02T00:30:00+07:00}
     * @param title       the title
     * @param lang        the language, or {@code null}
     * @param subTitle    the episode title, or {@code null}
     * @param description the synopsis, or {@code null}
     * @param category    the genre, or {@code null}
     * @param rating      the age rating, or {@code null}
     * @param live        broadcast live
     * @param repeatOf    the earlier showing, or {@code null}
     */
    public record Programme(String start, String stop, String title, @Nullable String lang, @Nullable String subTitle,
            @Nullable String description, @Nullable String category, @Nullable String rating, boolean live,
            @Nullable Repeat repeatOf) {
    }

    /**
     * The earlier showing of a repeat; either part may be unknown.
     *
     * @param channelId the channel, or {@code null}
     * @param start     ISO-8601 with offset, or {@code null}
     */
    public record Repeat(@Nullable String channelId, @Nullable String start) {
    }

    /**
     * @param channel    the channel
     * @param date       the local day
     * @param programmes normalised programmes; those of other channels are left out
     * @return the day's document
     */
    public Day day(EpgChannel channel, LocalDate date, List<EpgProgramme> programmes) {
        List<Programme> day = DayView.overlapping(programmes, date, zone).stream()
                .filter(p -> p.channelId().equals(channel.id()))
                .map(this::programme)
                .toList();
        return new Day(channel, date.toString(), zone.getId(), day);
    }

    /**
     * @param day a day's document
     * @return the document as compact JSON text
     */
    public String toJson(Day day) {
        return JSON.writeValueAsString(day);
    }

    /**
     * Writes {@link #toJson(Day)}; the writer is flushed, not closed.
     *
     * @param day a day's document
     * @param out where the JSON text goes (as UTF-8 when it becomes bytes)
     * @throws IOException if writing fails
     */
    public void write(Day day, Writer out) throws IOException {
        out.write(toJson(day));
        out.flush();
    }

    private Programme programme(EpgProgramme p) {
        Repeat repeat = p.repeatOf() == null ? null
                : new Repeat(p.repeatOf().channelId(), p.repeatOf().start() == null ? null : iso(p.repeatOf().start()));
        return new Programme(iso(p.start()), iso(p.requireStop()), p.title(), p.lang(), p.subTitle(), p.description(),
                p.category(), p.rating(), p.live(), repeat);
    }

    private String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
