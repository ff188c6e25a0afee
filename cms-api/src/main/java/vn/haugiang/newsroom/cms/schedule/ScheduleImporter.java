package vn.haugiang.newsroom.cms.schedule;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.haugiang.newsroom.cms.access.CurrentUser;
import vn.haugiang.newsroom.cms.schedule.ScheduleImportReport.Entry;
import vn.haugiang.newsroom.cms.schedule.ScheduleImportReport.Issue;
import vn.haugiang.newsroom.epg.DailyScheduleReader;
import vn.haugiang.newsroom.epg.EpgFormatException;
import vn.haugiang.newsroom.epg.EpgProgramme;
import vn.haugiang.newsroom.epg.ImportIssue;
import vn.haugiang.newsroom.epg.ImportSummary;
import vn.haugiang.newsroom.epg.XmltvImport;
import vn.haugiang.newsroom.epg.XmltvReader;
import vn.haugiang.newsroom.text.LegacyConversion;
import vn.haugiang.newsroom.text.LegacyText;

/**
 * Imports a schedule file onto a channel: an XMLTV document ({@code *.xml}, {@link XmltvReader}) or a
 * {@code H:MM Title} day file named {@code <channel-id>-YYYY-MM-DD.txt} ({@link DailyScheduleReader}, the day
 * and times in the channel's zone). What the reader accepts is stored unless it overlaps a stored slot; every
 * programme ends in the report. One transaction, under the channel lock; one outbox row per stored slot.
 */
@Component
class ScheduleImporter {

    private static final Pattern DAY_FILE = Pattern.compile("(.+)-(\\d{4}-\\d{2}-\\d{2})\\.txt");

    private final ScheduleService schedules;
    private final SlotStore store;
    private final SlotEvents events;

    ScheduleImporter(ScheduleService schedules, SlotStore store, SlotEvents events) {
        this.schedules = schedules;
        this.store = store;
        this.events = events;
    }

    @Transactional
    ScheduleImportReport importFile(CurrentUser user, String channelId, String fileName, byte[] bytes) {
        BroadcastChannel channel = schedules.writable(user, channelId);
        boolean xml = fileName.toLowerCase(Locale.ROOT).endsWith(".xml");
        ImportSummary summary = xml ? readXmltv(channel.zone(), new ByteArrayInputStream(bytes))
                : readDayFile(channel, fileName, bytes);
        // A guide of one channel is taken for this channel whatever its id (grabbers name channels their own way);
        // a guide of several only gives the programmes whose channel id is this channel's.
        Set<String> sourceChannels = summary.programmes().stream().map(EpgProgramme::channelId).collect(Collectors.toSet());
        Predicate<String> ours = sourceChannels.size() > 1 ? channel.id()::equals : source -> true;
        return store(user, channel, fileName, xml ? "xmltv" : "daily", summary.programmes(), summary.issues(), ours);
    }

    /**
     * Stores what a reader accepted onto one channel, under the channel lock, and reports every programme.
     *
     * @param programmes the reader's programmes for this channel (and perhaps others)
     * @param issues     the reader's issues about them
     * @param ours       which source channel ids are this channel; programmes of others are refused
     *                   ({@code OTHER_CHANNEL})
     */
    ScheduleImportReport store(CurrentUser user, BroadcastChannel channel, String fileName, String format,
            List<EpgProgramme> programmes, List<ImportIssue> issues, Predicate<String> ours) {
        store.lockChannel(channel.id());
        List<Entry> entries = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ImportIssue issue : issues) {
            switch (issue.kind().outcome()) {
                case REFUSED -> entries.add(refusal(issue, channel.zone()));
                case NOTED -> notes.add(issue.kind().name() + ": " + issue.message());
                case FIXED -> { } // reported with the programme it fixed
            }
        }
        for (EpgProgramme programme : programmes) {
            entries.add(ours.test(programme.channelId())
                    ? store(user, channel, programme, fixesOf(programme, issues))
                    : new Entry("REFUSED", programme.title(), SlotView.iso(programme.start(), channel.zone()),
                            SlotView.iso(programme.requireStop(), channel.zone()), null, List.of(new Issue("OTHER_CHANNEL",
                                    "The programme is for channel '" + programme.channelId() + "'; this import is for '"
                                            + channel.id() + "'."))));
        }
        long refused = entries.stream().filter(e -> e.outcome().equals("REFUSED")).count();
        long fixed = entries.stream().filter(e -> e.outcome().equals("FIXED")).count();
        return new ScheduleImportReport(channel.id(), fileName, format, entries.size(),
                entries.size() - refused - fixed, fixed, refused, entries, notes);
    }

    /** The entry of a programme or line the reader refused. */
    static Entry refusal(ImportIssue issue, ZoneId zone) {
        return new Entry("REFUSED", issue.title(), issue.start() == null ? null : SlotView.iso(issue.start(), zone),
                null, null, List.of(new Issue(issue.kind().name(), issue.message())));
    }

    private Entry store(CurrentUser user, BroadcastChannel channel, EpgProgramme p, List<Issue> fixes) {
        String start = SlotView.iso(p.start(), channel.zone());
        String stop = SlotView.iso(p.requireStop(), channel.zone());
        var slot = new Slot(UUID.randomUUID(), channel.id(), null, null, p.title(), p.start(), p.requireStop(), p.live(),
                null, null, p.category(), p.rating(), null, user.id(), 1);
        List<Slot> inTheWay = schedules.inTheWay(slot);
        if (!inTheWay.isEmpty()) {
            Slot first = inTheWay.get(0);
            return new Entry("REFUSED", p.title(), start, stop, null, List.of(new Issue("OVERLAPS_STORED_SLOT",
                    "Overlaps the stored slot '" + first.title() + "' " + SlotView.iso(first.start(), channel.zone())
                            + "–" + SlotView.iso(first.stop(), channel.zone()) + " (" + first.id() + ")"
                            + (inTheWay.size() > 1 ? " and " + (inTheWay.size() - 1) + " more" : "") + ".")));
        }
        store.insert(slot);
        events.record("SlotImported", slot, channel);
        List<Issue> issues = new ArrayList<>(fixes);
        if (p.subTitle() != null || p.description() != null) {
            issues.add(new Issue("TEXTS_NOT_STORED", "Sub-title and description are not stored on slots."));
        }
        if (p.repeatOf() != null) {
            issues.add(new Issue("REPEAT_NOT_LINKED", "Marked as a repeat; link it to the earlier slot by hand."));
        }
        return new Entry(issues.isEmpty() ? "IMPORTED" : "FIXED", p.title(), start, stop, slot.id(), issues);
    }

    private static List<Issue> fixesOf(EpgProgramme p, List<ImportIssue> issues) {
        return issues.stream()
                .filter(i -> i.kind().outcome() == ImportIssue.Outcome.FIXED)
                .filter(i -> p.channelId().equals(i.channelId()) && p.start().equals(i.start()))
                .map(i -> new Issue(i.kind().name(), i.message()))
                .toList();
    }

    /** Reads a whole XMLTV document, times without an offset in {@code zone}; 422 {@code file} if unreadable. */
    static XmltvImport readXmltv(ZoneId zone, InputStream xml) {
        try {
            return new XmltvReader(zone, "vi").read(xml);
        } catch (EpgFormatException e) {
            throw ScheduleException.invalid("Not an XMLTV document: " + e.getMessage(), "file");
        } catch (IOException e) {
            throw ScheduleException.invalid("The file cannot be read: " + e.getMessage(), "file");
        }
    }

    /** Reads a day's {@code H:MM Title} text for the channel. */
    static ImportSummary readDayText(BroadcastChannel channel, LocalDate day, String text) {
        try {
            return new DailyScheduleReader().read(channel.id(), day, channel.zone(), new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException("a string does not fail", e);
        }
    }

    /** Reads a day file named {@code <channel-id>-YYYY-MM-DD.txt}; 422 {@code file} if misnamed or unreadable. */
    private static ImportSummary readDayFile(BroadcastChannel channel, String fileName, byte[] bytes) {
        Matcher name = DAY_FILE.matcher(fileName);
        if (!name.matches() || !name.group(1).equals(channel.id())) {
            throw ScheduleException.invalid("Name a day file <channel-id>-YYYY-MM-DD.txt, e.g. " + channel.id()
                    + "-2026-05-01.txt, or upload an XMLTV .xml file.", "file");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(name.group(2));
        } catch (DateTimeParseException e) {
            throw ScheduleException.invalid("No such day: " + name.group(2) + ".", "file");
        }
        return readDayText(channel, day, decodeDayFile(bytes));
    }

    /**
     * A day file's text: UTF-8 (with or without BOM), or a legacy Vietnamese encoding that
     * {@link LegacyText#convert(byte[])} reads in full (TCVN3, VNI, Windows-1258, VISCII), in NFC.
     *
     * @throws ScheduleException 422 {@code file} when the bytes are neither, with what did not fit
     */
    static String decodeDayFile(byte[] bytes) {
        LegacyConversion text = LegacyText.convert(bytes);
        if (text.outcome() == LegacyConversion.Outcome.NEEDS_REVIEW) {
            throw ScheduleException.invalid("The day file is not UTF-8, nor a legacy Vietnamese encoding read in full: "
                    + text.reason() + ".", "file");
        }
        return text.text();
    }
}
