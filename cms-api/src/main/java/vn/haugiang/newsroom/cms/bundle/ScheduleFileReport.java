package vn.haugiang.newsroom.cms.bundle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;

import vn.haugiang.newsroom.cms.schedule.GuideImportReport;
import vn.haugiang.newsroom.cms.schedule.ScheduleImportReport;
import vn.haugiang.newsroom.cms.schedule.ScheduleImportReport.Entry;

/**
 * What the bundle import made of one file of {@code schedule/}: every programme of the file (a non-blank line of a
 * day file, a {@code <programme>} of an XMLTV guide) imported, fixed or refused, so
 * {@code programmes == imported + fixed + refused}; or, when the file could not be imported at all, the problem.
 *
 * @param file       {@code schedule/<name>}
 * @param channel    the broadcast channel id from the file name, or {@code null} when the name is not
 *                   {@code <channel-id>-YYYY-MM-DD.txt|xml}
 * @param day        the local day (Asia/Ho_Chi_Minh for the broadcaster's channels) from the file name, or {@code null}
 * @param format     {@code daily} or {@code xmltv}, or {@code null} when the name is not a schedule file's
 * @param programmes how many programmes or lines the file has (0 with a {@code problem})
 * @param imported   stored as they were
 * @param fixed      stored with a fix (a stop taken from the next start, debris removed...)
 * @param refused    not stored; each is in {@code refusals}
 * @param conflicts  how many of the refused overlap a slot already stored ({@code OVERLAPS_STORED_SLOT}): on a
 *                   second import of the same bundle, every programme
 * @param refusals   the refused programmes, in the schedule report's order
 * @param problem    RFC 9457 problem when nothing of the file was imported (its {@code file} property names the
 *                   file): 404 unknown channel, 422 ({@code field = file}) a misnamed, non-UTF-8 or non-XMLTV
 *                   file; {@code null} otherwise
 */
public record ScheduleFileReport(String file, @Nullable String channel, @Nullable LocalDate day,
        @Nullable String format, long programmes, long imported, long fixed, long refused, long conflicts,
        List<RefusedProgramme> refusals, @Nullable ProblemDetail problem) {

    static final String OVERLAPS_STORED_SLOT = "OVERLAPS_STORED_SLOT";

    public ScheduleFileReport {
        refusals = List.copyOf(refusals);
    }

    /**
     * A programme the schedule import refused.
     *
     * @param title  its title, or {@code null} if it had none
     * @param start  its start (ISO-8601 with offset), or {@code null} if unreadable
     * @param kind   the reason's kind, e.g. {@code OVERLAPS_STORED_SLOT}, {@code UNMAPPED_CHANNEL}
     * @param reason for people
     */
    public record RefusedProgramme(@Nullable String title, @Nullable String start, String kind, String reason) {
    }

    static ScheduleFileReport of(String file, String channel, LocalDate day, ScheduleImportReport report) {
        return of(file, channel, day, "daily", report.imported(), report.fixed(), report.entries());
    }

    /** A guide imported onto one channel: its report and the programmes no mapping took, all refused. */
    static ScheduleFileReport of(String file, String channel, LocalDate day, GuideImportReport guide) {
        List<Entry> entries = new ArrayList<>(guide.unmapped());
        guide.channels().forEach(report -> entries.addAll(report.entries()));
        return of(file, channel, day, "xmltv", guide.imported(), guide.fixed(), entries);
    }

    static ScheduleFileReport failed(String file, @Nullable String channel, @Nullable LocalDate day,
            @Nullable String format, ProblemDetail problem) {
        problem.setProperty("file", file);
        return new ScheduleFileReport(file, channel, day, format, 0, 0, 0, 0, 0, List.of(), problem);
    }

    private static ScheduleFileReport of(String file, String channel, LocalDate day, String format, long imported,
            long fixed, List<Entry> entries) {
        List<RefusedProgramme> refusals = entries.stream().filter(e -> e.outcome().equals("REFUSED"))
                .map(e -> new RefusedProgramme(e.title(), e.start(), e.issues().get(0).kind(), e.issues().get(0).message()))
                .toList();
        long conflicts = refusals.stream().filter(r -> r.kind().equals(OVERLAPS_STORED_SLOT)).count();
        return new ScheduleFileReport(file, channel, day, format, imported + fixed + refusals.size(), imported, fixed,
                refusals.size(), conflicts, refusals, null);
    }
}
