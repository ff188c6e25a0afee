package vn.haugiang.newsroom.epg;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.haugiang.newsroom.epg.ImportIssue.Kind;
import vn.haugiang.newsroom.epg.XmltvParser.LangText;
import vn.haugiang.newsroom.epg.XmltvParser.RawProgramme;

/**
 * The interpreting pass of {@link XmltvReader}: times parsed, programmes refused or fixed, stops filled,
 * overlaps resolved, channel by channel in start order.
 */
final class XmltvNormaliser {

    /** Category values read as the live flag; {@value XmltvWriter#LIVE_CATEGORY} is what the writer writes. */
    static boolean isLiveMarker(String category) {
        String c = category.toLowerCase(Locale.ROOT);
        return c.equals("live") || c.equals("trực tiếp");
    }

    private record Fix(Kind kind, String message) {
    }

    /** A programme on its way: valid times, a stop perhaps still missing, fixes so far. */
    private static final class Pending {
        final int line;
        final EpgProgramme programme;
        @Nullable Instant stop;
        final @Nullable Duration length;
        final List<Fix> fixes = new ArrayList<>();

        Pending(int line, EpgProgramme programme, @Nullable Instant stop, @Nullable Duration length) {
            this.line = line;
            this.programme = programme;
            this.stop = stop;
            this.length = length;
        }

        void fix(Kind kind, String message) {
            fixes.add(new Fix(kind, "line " + line + ": " + message));
        }
    }

    private final ZoneId assumedZone;
    private final String preferredLang;
    private final List<ImportIssue> issues = new ArrayList<>();

    XmltvNormaliser(ZoneId assumedZone, String preferredLang) {
        this.assumedZone = assumedZone;
        this.preferredLang = preferredLang;
    }

    XmltvImport normalise(XmltvParser.Document document) {
        issues.addAll(document.notes());
        Map<String, List<Pending>> byChannel = new LinkedHashMap<>();
        for (RawProgramme raw : document.programmes()) {
            Pending pending = pending(raw);
            if (pending != null) {
                byChannel.computeIfAbsent(pending.programme.channelId(), id -> new ArrayList<>()).add(pending);
            }
        }
        List<EpgProgramme> programmes = new ArrayList<>();
        for (List<Pending> channel : byChannel.values()) {
            channel.sort(Comparator.comparing(p -> p.programme.start())); // stable: equal starts keep input order
            programmes.addAll(sweep(channel));
        }
        return new XmltvImport(document.channels(), programmes, issues);
    }

    private @Nullable Pending pending(RawProgramme raw) {
        LangText title = preferred(raw.titles());
        String titleText = title == null ? null : title.text();
        String where = "line " + raw.line() + ": ";
        if (raw.channel() == null || raw.channel().isBlank() || raw.start() == null) {
            return refuse(Kind.MISSING_ATTRIBUTE, raw.channel(), null, titleText, where + "<programme> without "
                    + (raw.start() == null ? "start" : "channel") + " attribute");
        }
        if (title == null) {
            return refuse(Kind.MISSING_TITLE, raw.channel(), null, null, where + "<programme> without a title");
        }
        XmltvTime.Parsed start;
        XmltvTime.Parsed stop;
        try {
            start = XmltvTime.parse(raw.start(), assumedZone, 12);
            stop = raw.stop() == null ? null : XmltvTime.parse(raw.stop(), assumedZone, 12);
        } catch (XmltvTime.Unparseable e) {
            return refuse(Kind.UNPARSEABLE_TIME, raw.channel(), null, titleText, where + e.getMessage());
        }
        if (stop != null && !stop.instant().isAfter(start.instant())) {
            return refuse(Kind.STOP_NOT_AFTER_START, raw.channel(), start.instant(), titleText,
                    where + "stop " + raw.stop() + " is not after start " + raw.start());
        }
        LangText subTitle = preferred(raw.subTitles());
        LangText desc = preferred(raw.descs());
        String category = raw.categories().stream().filter(c -> !isLiveMarker(c)).findFirst().orElse(null);
        boolean live = raw.liveElement() || raw.categories().stream().anyMatch(XmltvNormaliser::isLiveMarker);
        Map<Kind, String> zoneFixes = new LinkedHashMap<>(); // one issue per kind for start and stop together
        for (XmltvTime.Parsed time : stop == null ? List.of(start) : List.of(start, stop)) {
            if (time.fix() != null) {
                zoneFixes.merge(time.fix(), where + time.note(), (a, b) -> a + "; " + time.note());
            }
        }
        List<Fix> fixes = new ArrayList<>();
        zoneFixes.forEach((kind, message) -> fixes.add(new Fix(kind, message)));
        EpgProgramme programme = new EpgProgramme(raw.channel(), start.instant(), null, title.text(), title.lang(),
                subTitle == null ? null : subTitle.text(), desc == null ? null : desc.text(), category, raw.rating(),
                live, repeatOf(raw, fixes));
        Pending pending = new Pending(raw.line(), programme, stop == null ? null : stop.instant(),
                length(raw.length(), raw.lengthUnits()));
        pending.fixes.addAll(fixes);
        return pending;
    }

    private EpgProgramme.@Nullable RepeatOf repeatOf(RawProgramme raw, List<Fix> fixes) {
        if (!raw.previouslyShown()) {
            return null;
        }
        Instant repeatStart = null;
        if (raw.repeatStart() != null) {
            try {
                repeatStart = XmltvTime.parse(raw.repeatStart(), assumedZone, 4).instant();
            } catch (XmltvTime.Unparseable e) {
                fixes.add(new Fix(Kind.PART_DROPPED,
                        "line " + raw.line() + ": previously-shown start left out: " + e.getMessage()));
            }
        }
        String channel = raw.repeatChannel() == null || raw.repeatChannel().isBlank() ? null : raw.repeatChannel().strip();
        return new EpgProgramme.RepeatOf(channel, repeatStart);
    }

    /** One channel in start order: overlaps refused (the earlier-starting one is kept), missing stops filled. */
    private List<EpgProgramme> sweep(List<Pending> channel) {
        List<Pending> kept = new ArrayList<>();
        for (Pending p : channel) {
            Pending last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            Instant start = p.programme.start();
            if (last != null && (last.stop == null ? !start.isAfter(last.programme.start()) : start.isBefore(last.stop))) {
                String other = "'" + last.programme.title() + "' (line " + last.line + ")";
                refuse(Kind.OVERLAP, p.programme.channelId(), start, p.programme.title(), "line " + p.line + ": "
                        + (last.stop == null ? "starts at the same time as " + other + ", which is kept"
                                : "starts " + start + " while " + other + ", " + last.programme.start() + "–"
                                        + last.stop + ", is on air; the earlier one is kept"));
                continue;
            }
            if (last != null && last.stop == null) {
                last.stop = start;
                last.fix(Kind.STOP_FROM_NEXT_START, "no stop; the next programme's start " + start + " is used");
            }
            kept.add(p);
        }
        List<EpgProgramme> programmes = new ArrayList<>();
        for (Pending p : kept) {
            if (p.stop == null && p.length != null && !p.length.isZero() && !p.length.isNegative()) {
                p.stop = p.programme.start().plus(p.length);
                p.fix(Kind.STOP_FROM_LENGTH, "no stop and no next programme; start + <length> " + p.length + " is used");
            }
            if (p.stop == null) {
                refuse(Kind.NO_STOP, p.programme.channelId(), p.programme.start(), p.programme.title(), "line " + p.line
                        + ": no stop, no <length> and no later programme on the channel to take one from");
                continue;
            }
            EpgProgramme programme = p.programme.withStop(p.stop);
            for (Fix fix : p.fixes) {
                issues.add(new ImportIssue(fix.kind(), programme.channelId(), programme.start(), programme.title(),
                        fix.message()));
            }
            programmes.add(programme);
        }
        return programmes;
    }

    private @Nullable Pending refuse(Kind kind, @Nullable String channel, @Nullable Instant start,
            @Nullable String title, String message) {
        issues.add(new ImportIssue(kind, channel, start, title, message));
        return null;
    }

    /** The text in the preferred language (exact or as a prefix, {@code vi} for {@code vi_VN}), else the first. */
    private @Nullable LangText preferred(List<LangText> texts) {
        return texts.stream()
                .filter(t -> t.lang() != null && t.lang().toLowerCase(Locale.ROOT).startsWith(preferredLang))
                .findFirst()
                .orElse(texts.isEmpty() ? null : texts.get(0));
    }

    private static @Nullable Duration length(@Nullable String value, @Nullable String units) {
        if (value == null || units == null) {
            return null;
        }
        try {
            long amount = Long.parseLong(value.strip());
            return switch (units) {
                case "seconds" -> Duration.ofSeconds(amount);
                case "minutes" -> Duration.ofMinutes(amount);
                case "hours" -> Duration.ofHours(amount);
                default -> null;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

}
