package vn.haugiang.newsroom.publisher.channel.broadcast;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import vn.haugiang.newsroom.epg.EpgProgramme;
import vn.haugiang.newsroom.epg.ICalendarEpg;
import vn.haugiang.newsroom.epg.JsonEpg;
import vn.haugiang.newsroom.epg.XmltvWriter;
import vn.haugiang.newsroom.publisher.channel.broadcast.ScheduleDay.AiredSlot;
import vn.haugiang.newsroom.publisher.channel.broadcast.ScheduleDay.Channel;

/**
 * Renders a channel-day's files with core's EPG writers ({@link XmltvWriter}, {@link JsonEpg}, {@link ICalendarEpg})
 * and the schedule pages with Thymeleaf ({@code templates/broadcast/}: {@code lang="vi"}, well-formed markup).
 * Every file of a day carries the programmes on air at some instant of it, whole: a 23:30–00:30 bulletin is in
 * both days' XMLTV files with its real start and stop (guide software merges day files by channel and start).
 * Pure and thread-safe; the template engine caches its templates.
 */
final class EpgRenderer {

    /** Bumped when a file's layout changes, so that every day is written again (see {@link ScheduleDay#fingerprint}). */
    static final int RENDER_VERSION = 1;

    /** The live-broadcast page, in the schedule pages' folder. */
    static final String LIVE_PAGE = "truc-tiep.html";

    /** Title of live broadcasts on the pages. */
    static final String LIVE_LABEL = "Trực tiếp";

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, dd/MM/yyyy", Locale.forLanguageTag("vi"));
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy", Locale.ROOT);

    private final BroadcastProperties properties;
    private final TemplateEngine engine;

    EpgRenderer(BroadcastProperties properties) {
        this.properties = properties;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(EpgRenderer.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        // SpringTemplateEngine for SpEL; plain Thymeleaf would need OGNL, which is not on the class path.
        SpringTemplateEngine spring = new SpringTemplateEngine();
        spring.setTemplateResolver(resolver);
        this.engine = spring;
    }

    /**
     * @param day   the channel-day
     * @param file  which file
     * @param stamp when the files are made (iCalendar {@code DTSTAMP})
     * @return the object at {@link EpgOutput#key}
     */
    EpgObject render(ScheduleDay day, EpgOutput file, Instant stamp) {
        Channel channel = day.channel();
        byte[] bytes = switch (file) {
            case XMLTV -> xmltv(day);
            case JSON -> {
                JsonEpg json = new JsonEpg(channel.zone());
                yield json.toJson(json.day(channel.epg(), day.day(), day.programmes())).getBytes(StandardCharsets.UTF_8);
            }
            case ICALENDAR -> calendar(day, stamp);
            case PAGE -> page(day);
        };
        return new EpgObject(file.key(channel.id(), day.day()), file.contentType(), bytes);
    }

    /**
     * The page announcing the channel's live broadcasts: on air at {@code now}, and starting before the horizon.
     *
     * @param channel the channel
     * @param slots   slots around {@code now}; those not live are left out
     * @param now     the instant the page is made for
     * @return the object at {@code <channel>/lich-phat-song/truc-tiep.html}
     */
    EpgObject livePage(Channel channel, List<AiredSlot> slots, Instant now) {
        ZoneId zone = channel.zone();
        List<Row> live = slots.stream().filter(s -> s.programme().live()).map(s -> row(s, zone, null)).toList();
        List<Row> onAir = live.stream().filter(r -> !r.slot().programme().start().isAfter(now)).toList();
        List<Row> upcoming = live.stream().filter(r -> r.slot().programme().start().isAfter(now)).toList();
        Context context = context(channel, "Truyền hình trực tiếp - " + channel.name());
        context.setVariable("madeAt", WHEN.format(now.atZone(zone)));
        context.setVariable("madeAtIso", iso(now, zone));
        context.setVariable("onAir", onAir);
        context.setVariable("upcoming", upcoming);
        return html(livePageKey(channel.id()), "broadcast/live", context);
    }

    /** @return {@code <channel>/lich-phat-song/truc-tiep.html} */
    static String livePageKey(String channelId) {
        return channelId + "/" + EpgOutput.PAGES + LIVE_PAGE;
    }

    private byte[] xmltv(ScheduleDay day) {
        var out = new ByteArrayOutputStream();
        try {
            new XmltvWriter(day.channel().zone(), properties.generatorName())
                    .write(List.of(day.channel().epg()), day.programmes(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array does not fail", e);
        }
        return out.toByteArray();
    }

    private byte[] calendar(ScheduleDay day, Instant stamp) {
        // Slot ids make the UIDs, as cms-api's epg.ics does: a moved slot updates its event.
        Map<EpgProgramme, String> uids = new IdentityHashMap<>();
        day.slots().forEach(s -> uids.put(s.programme(), s.id() + "@" + properties.calendarUidDomain()));
        return new ICalendarEpg(properties.calendarUidDomain(), properties.calendarProdId())
                .calendar(day.channel().epg(), day.programmes(), stamp, uids::get).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] page(ScheduleDay day) {
        Channel channel = day.channel();
        ZoneId zone = channel.zone();
        Context context = context(channel, "Lịch phát sóng " + DAY.format(day.day()) + " - " + channel.name());
        context.setVariable("dayText", DAY.format(day.day()));
        context.setVariable("dayIso", day.day().toString());
        context.setVariable("rows", day.slots().stream().map(s -> row(s, zone, day.day())).toList());
        context.setVariable("previous", EpgOutput.PAGE.fromPage(day.day().minusDays(1)));
        context.setVariable("next", EpgOutput.PAGE.fromPage(day.day().plusDays(1)));
        context.setVariable("xmltv", EpgOutput.XMLTV.fromPage(day.day()));
        context.setVariable("json", EpgOutput.JSON.fromPage(day.day()));
        context.setVariable("ics", EpgOutput.ICALENDAR.fromPage(day.day()));
        context.setVariable("live", LIVE_PAGE);
        return html(EpgOutput.PAGE.key(channel.id(), day.day()), "broadcast/schedule", context).bytes();
    }

    private static Context context(Channel channel, String title) {
        Context context = new Context(Locale.forLanguageTag("vi"));
        context.setVariable("channelName", channel.name());
        context.setVariable("title", title);
        return context;
    }

    private EpgObject html(String key, String template, Context context) {
        return new EpgObject(key, EpgOutput.PAGE.contentType(),
                engine.process(template, context).getBytes(StandardCharsets.UTF_8));
    }

    /** @param day the page's day, to mark slots that began the day before or end the day after; {@code null}: none */
    private static Row row(AiredSlot slot, ZoneId zone, @Nullable LocalDate day) {
        EpgProgramme p = slot.programme();
        LocalDate startDay = p.start().atZone(zone).toLocalDate();
        LocalDate stopDay = p.requireStop().minusNanos(1).atZone(zone).toLocalDate();
        return new Row(slot, CLOCK.format(p.start().atZone(zone)), iso(p.start(), zone),
                CLOCK.format(p.requireStop().atZone(zone)), iso(p.requireStop(), zone), p.title(), p.category(),
                p.live(), day != null && startDay.isBefore(day), day != null && stopDay.isAfter(day),
                day == null ? WHEN.format(p.start().atZone(zone)) : null,
                slot.item() == null ? null : slot.item().headline(), slot.item() == null ? null : slot.item().url());
    }

    private static String iso(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    /**
     * One line of a schedule page.
     *
     * @param slot          the slot
     * @param startText     {@code 23:30}
     * @param startIso      ISO-8601 with offset, for {@code <time datetime>}
     * @param stopText      {@code 00:30}
     * @param stopIso       ISO-8601 with offset
     * @param title         the title
     * @param genre         the genre, or {@code null}
     * @param live          broadcast live: marked {@value #LIVE_LABEL}
     * @param fromDayBefore began the day before (shown whole, marked)
     * @param intoNextDay   ends the day after (shown whole, marked)
     * @param whenText      date and time of the start, on pages of several days; else {@code null}
     * @param itemHeadline  the linked published item's headline, or {@code null}
     * @param itemUrl       its article page, or {@code null}
     */
    record Row(AiredSlot slot, String startText, String startIso, String stopText, String stopIso, String title,
            @Nullable String genre, boolean live, boolean fromDayBefore, boolean intoNextDay, @Nullable String whenText,
            @Nullable String itemHeadline, @Nullable String itemUrl) {
    }
}
