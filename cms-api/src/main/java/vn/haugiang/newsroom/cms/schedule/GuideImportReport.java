package vn.haugiang.newsroom.cms.schedule;

import java.util.List;

import vn.haugiang.newsroom.cms.schedule.ScheduleImportReport.Entry;

/**
 * What {@link ScheduleImports#importXmltv} made of an XMLTV guide of one or more channels: one
 * {@link ScheduleImportReport} per mapped channel, and the programmes no mapping took. Every {@code <programme>}
 * element is in exactly one place, so {@code programmes == imported + fixed + refused}.
 *
 * @param programmes how many programmes the guide had
 * @param imported   stored as they were, over all channels
 * @param fixed      stored with a fix, over all channels
 * @param refused    not stored: refused on a mapped channel, or {@code unmapped}
 * @param channels   one report per mapping entry, in the mapping's source-id order
 * @param unmapped   programmes of guide channels the mapping does not name ({@code UNMAPPED_CHANNEL}), and the
 *                   reader's refusals of programmes without a channel
 * @param notes      remarks about the guide rather than a programme (a channel element after programmes...)
 */
public record GuideImportReport(long programmes, long imported, long fixed, long refused,
        List<ScheduleImportReport> channels, List<Entry> unmapped, List<String> notes) {

    static GuideImportReport of(List<ScheduleImportReport> channels, List<Entry> unmapped, List<String> notes) {
        long imported = channels.stream().mapToLong(ScheduleImportReport::imported).sum();
        long fixed = channels.stream().mapToLong(ScheduleImportReport::fixed).sum();
        long refused = channels.stream().mapToLong(ScheduleImportReport::refused).sum() + unmapped.size();
        return new GuideImportReport(imported + fixed + refused, imported, fixed, refused, List.copyOf(channels),
                List.copyOf(unmapped), List.copyOf(notes));
    }
}
