package vn.haugiang.newsroom.cms.schedule;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The answer to {@code POST /api/channels/{id}/imports}: every programme of the file (XMLTV
 * {@code <programme>} or non-blank line of a day file) as one entry, imported, fixed or refused, so
 * {@code programmes == imported + fixed + refused}. Nothing is dropped silently.
 *
 * @param channelId  the channel imported onto
 * @param fileName   the uploaded file's name
 * @param format     {@code xmltv} or {@code daily}
 * @param programmes how many programmes or lines the file had
 * @param imported   stored as they were
 * @param fixed      stored with the fixes their entry lists (a stop taken from the next start, debris removed...)
 * @param refused    not stored; their entry says why (the reader's reason, or {@code OVERLAPS_STORED_SLOT})
 * @param entries    the programmes, refusals first in file order, then the imported ones by start
 * @param notes      remarks about the file rather than a programme (a channel element after programmes...)
 */
public record ScheduleImportReport(String channelId, String fileName, String format, long programmes, long imported,
        long fixed, long refused, List<Entry> entries, List<String> notes) {

    /**
     * One programme of the file.
     *
     * @param outcome {@code IMPORTED}, {@code FIXED} or {@code REFUSED}
     * @param title   its title, or {@code null} if it had none
     * @param start   its start (ISO-8601 with offset), or {@code null} if unreadable
     * @param stop    its stop, for stored programmes
     * @param slotId  the stored slot, or {@code null} when refused
     * @param issues  the fixes made, or the one reason for the refusal
     */
    public record Entry(String outcome, @Nullable String title, @Nullable String start, @Nullable String stop,
            @Nullable UUID slotId, List<Issue> issues) {
    }

    /**
     * @param kind    an {@code ImportIssue.Kind} of core's EPG readers, or {@code OVERLAPS_STORED_SLOT},
     *                {@code OTHER_CHANNEL}, {@code TEXTS_NOT_STORED}, {@code REPEAT_NOT_LINKED}
     * @param message for people, with the input line where the reader knows it
     */
    public record Issue(String kind, String message) {
    }
}
