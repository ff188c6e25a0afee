package vn.haugiang.newsroom.epg;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.haugiang.newsroom.epg.ImportIssue.Kind;

/** One run of {@link DailyScheduleReader} over one day's text; the rules are documented there. */
final class DailySchedulePass {

    private static final Pattern LINE = Pattern.compile("(\\d{1,2}):(\\d{2})(?!\\d)\\s*(.*)", Pattern.DOTALL);
    private static final Duration HALF_DAY = Duration.ofHours(12);

    /** An accepted line, its stop still to come from the next one. */
    private record Slot(int line, LocalDateTime local, Instant start, String title, List<String> fixes,
            List<Kind> fixKinds) {
    }

    private final String channelId;
    private final LocalDate day;
    private final ZoneId zone;
    private final @Nullable String lang;
    private final List<ImportIssue> issues = new ArrayList<>();

    DailySchedulePass(String channelId, LocalDate day, ZoneId zone, @Nullable String lang) {
        this.channelId = channelId;
        this.day = day;
        this.zone = zone;
        this.lang = lang;
    }

    DailyScheduleImport run(String text, @Nullable Instant nextDayStart, @Nullable Instant dayEnd) {
        String[] lines = text.indexOf('\n') >= 0 ? text.split("\n", -1) : text.split("\r", -1);
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Slot slot = slot(i + 1, lines[i], slots.isEmpty() ? null : slots.get(slots.size() - 1));
            if (slot != null) {
                slots.add(slot);
            }
        }
        List<EpgProgramme> programmes = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            Instant stop = i + 1 < slots.size() ? slots.get(i + 1).start() : lastStop(slot, nextDayStart, dayEnd);
            if (stop == null) {
                issues.add(new ImportIssue(Kind.NO_STOP, channelId, slot.start(), slot.title(), "line " + slot.line()
                        + ": last programme of the day, after the end of the broadcast day, and the next day's first"
                        + " start is unknown or not after it"));
                continue;
            }
            EpgProgramme programme = EpgProgramme.of(channelId, slot.start(), stop, slot.title(), lang);
            for (int f = 0; f < slot.fixes().size(); f++) {
                issues.add(new ImportIssue(slot.fixKinds().get(f), channelId, slot.start(), slot.title(),
                        "line " + slot.line() + ": " + slot.fixes().get(f)));
            }
            programmes.add(programme);
        }
        return new DailyScheduleImport(channelId, day, programmes, issues);
    }

    private @Nullable Slot slot(int number, String raw, @Nullable Slot previous) {
        List<String> fixes = new ArrayList<>();
        List<Kind> fixKinds = new ArrayList<>();
        String line = raw;
        if (number == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
            fixKinds.add(Kind.BOM_STRIPPED);
            fixes.add("byte order mark removed");
        }
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1); // the CR of a CRLF line end
        }
        if (line.indexOf('\r') >= 0) {
            line = line.replace('\r', ' ');
            fixKinds.add(Kind.CR_STRIPPED);
            fixes.add("stray carriage return removed");
        }
        line = line.strip();
        if (line.isEmpty()) {
            return null;
        }
        Matcher m = LINE.matcher(line);
        int hour = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        int minute = m.matches() ? Integer.parseInt(m.group(2)) : -1;
        if (hour < 0 || hour > 23 || minute > 59) {
            return refuse(Kind.UNPARSEABLE_TIME, null, null,
                    "line " + number + ": no H:MM time (00:00–23:59) at the start of '" + line + "'");
        }
        LocalDate date = previous == null ? day : previous.local().toLocalDate();
        LocalDateTime local = date.atTime(hour, minute);
        String problem = null;
        Kind refusal = null;
        if (previous != null && !local.isAfter(previous.local())) {
            if (local.equals(previous.local())) {
                refusal = Kind.OVERLAP;
                problem = "same time as line " + previous.line() + " ('" + previous.title() + "'), which is kept";
            } else if (date.equals(day) && Duration.between(local, previous.local()).compareTo(HALF_DAY) >= 0) {
                local = local.plusDays(1); // after midnight
            } else {
                refusal = Kind.OUT_OF_ORDER;
                problem = local.toLocalTime() + " comes after " + previous.local().toLocalTime() + " (line "
                        + previous.line() + ") but is earlier by less than 12 hours, so it is not after midnight";
            }
        }
        String title = Text.clean(m.group(3));
        if (title == null) {
            return refuse(Kind.MISSING_TITLE, local, null, "line " + number + ": " + m.group(1) + ":" + m.group(2)
                    + " has no title");
        }
        if (refusal != null) {
            return refuse(refusal, local, title, "line " + number + ": " + problem);
        }
        return new Slot(number, local, local.atZone(zone).toInstant(), title, fixes, fixKinds);
    }

    private static @Nullable Instant lastStop(Slot last, @Nullable Instant nextDayStart, @Nullable Instant dayEnd) {
        Instant fromNextDay = nextDayStart != null && nextDayStart.isAfter(last.start()) ? nextDayStart : null;
        Instant atDayEnd = dayEnd != null && dayEnd.isAfter(last.start()) ? dayEnd : null;
        if (atDayEnd != null && (fromNextDay == null || atDayEnd.isBefore(fromNextDay))) {
            last.fixKinds().add(Kind.STOP_AT_DAY_END);
            last.fixes().add("last programme of the day; stops at the end of the broadcast day " + atDayEnd);
            return atDayEnd;
        }
        if (fromNextDay != null) {
            last.fixKinds().add(Kind.STOP_FROM_NEXT_DAY);
            last.fixes().add("last programme of the day; stops at the next day's first start " + fromNextDay);
        }
        return fromNextDay;
    }

    private @Nullable Slot refuse(Kind kind, @Nullable LocalDateTime local, @Nullable String title, String message) {
        issues.add(new ImportIssue(kind, channelId, local == null ? null : local.atZone(zone).toInstant(), title,
                message));
        return null;
    }
}
