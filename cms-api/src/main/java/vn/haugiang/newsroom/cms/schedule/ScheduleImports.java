package vn.haugiang.newsroom.cms.schedule;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.haugiang.newsroom.cms.access.CurrentUser;
import vn.haugiang.newsroom.cms.schedule.ScheduleImportReport.Entry;
import vn.haugiang.newsroom.cms.schedule.ScheduleImportReport.Issue;
import vn.haugiang.newsroom.epg.EpgProgramme;
import vn.haugiang.newsroom.epg.ImportIssue;
import vn.haugiang.newsroom.epg.ImportSummary;
import vn.haugiang.newsroom.epg.XmltvImport;
import vn.haugiang.newsroom.epg.XmltvReader;

/**
 * Schedule imports for other capabilities (the bundle importer), the same rules as
 * {@code POST /api/channels/{id}/imports}: what the reader accepts is stored unless it overlaps a stored slot,
 * every programme ends in the report as imported, fixed or refused with a reason, one outbox row per stored slot.
 * Each call is one transaction, under the lock of every channel it writes.
 *
 * <p>Errors ({@link ScheduleException}, RFC 9457 when they reach MVC): 404 a channel that does not exist or is of a
 * unit the actor does not belong to, 403 an actor whose role cannot write schedules, 422 ({@code field = file}) a
 * document that is not XMLTV.
 */
@Service
public class ScheduleImports {

    private final ScheduleService schedules;
    private final ScheduleImporter importer;

    ScheduleImports(ScheduleService schedules, ScheduleImporter importer) {
        this.schedules = schedules;
        this.importer = importer;
    }

    /**
     * Imports an XMLTV guide. Times without a UTC offset are read in {@code Asia/Ho_Chi_Minh} (and reported).
     *
     * @param xml            the document (its XML declaration names the encoding; UTF-8 if none); read, not closed
     * @param channelMapping guide channel id (the {@code channel} attribute of {@code <programme>}) → broadcast
     *                       channel id, e.g. {@code {"HGTV.vn": "hgtv"}}; programmes of guide channels not named are
     *                       refused ({@code UNMAPPED_CHANNEL})
     * @param actor          who imports: must be able to write every mapped channel's schedule
     * @return one report per mapping entry and the unmapped programmes, every programme accounted for
     */
    @Transactional
    public GuideImportReport importXmltv(InputStream xml, Map<String, String> channelMapping, CurrentUser actor) {
        Map<String, BroadcastChannel> targets = new TreeMap<>();
        channelMapping.forEach((source, target) -> targets.put(source, schedules.writable(actor, target)));
        XmltvImport guide = ScheduleImporter.readXmltv(XmltvReader.HO_CHI_MINH, xml);
        List<ScheduleImportReport> reports = new ArrayList<>();
        targets.forEach((source, channel) -> reports.add(importer.store(actor, channel, "xmltv:" + source, "xmltv",
                guide.programmes().stream().filter(p -> p.channelId().equals(source)).toList(),
                guide.issues().stream().filter(i -> source.equals(i.channelId())).toList(), source::equals)));
        List<Entry> unmapped = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ImportIssue issue : guide.issues()) {
            if (issue.channelId() != null && targets.containsKey(issue.channelId())) {
                continue;
            }
            switch (issue.kind().outcome()) {
                case REFUSED -> unmapped.add(ScheduleImporter.refusal(issue, XmltvReader.HO_CHI_MINH));
                case NOTED -> notes.add(issue.kind().name() + ": " + issue.message());
                case FIXED -> { } // the programme it fixed is refused below as unmapped
            }
        }
        for (EpgProgramme p : guide.programmes()) {
            if (!targets.containsKey(p.channelId())) {
                unmapped.add(new Entry("REFUSED", p.title(), SlotView.iso(p.start(), XmltvReader.HO_CHI_MINH),
                        SlotView.iso(p.requireStop(), XmltvReader.HO_CHI_MINH), null, List.of(new Issue(
                                "UNMAPPED_CHANNEL", "No broadcast channel is mapped to guide channel '" + p.channelId()
                                        + "'."))));
            }
        }
        return GuideImportReport.of(reports, unmapped, notes);
    }

    /**
     * Imports one day's plain {@code H:MM Title} schedule ("stop = next start"; the last programme stops at
     * midnight, reported as a fix; CR debris and empty titles reported, nothing dropped).
     *
     * @param channelId the broadcast channel
     * @param day       the local day of the schedule (a line after midnight belongs to the next day)
     * @param file      the day file's bytes: UTF-8, or a legacy Vietnamese encoding (TCVN3, VNI, Windows-1258,
     *                  VISCII) read in full, which is converted; anything else is refused (422 {@code file})
     * @param actor     who imports: must be able to write the channel's schedule
     * @return every non-blank line as imported, fixed or refused
     */
    @Transactional
    public ScheduleImportReport importDayFile(String channelId, LocalDate day, byte[] file, CurrentUser actor) {
        return importDayFile(channelId, day, ScheduleImporter.decodeDayFile(file), actor);
    }

    /**
     * Imports one day's plain {@code H:MM Title} schedule from its text.
     *
     * @param text      the schedule text, already decoded
     * @see #importDayFile(String, LocalDate, byte[], CurrentUser)
     */
    @Transactional
    public ScheduleImportReport importDayFile(String channelId, LocalDate day, String text, CurrentUser actor) {
        Objects.requireNonNull(day, "day");
        BroadcastChannel channel = schedules.writable(actor, channelId);
        ImportSummary summary = ScheduleImporter.readDayText(channel, day, text);
        return importer.store(actor, channel, channelId + "-" + day + ".txt", "daily", summary.programmes(),
                summary.issues(), source -> true);
    }
}
