package vn.haugiang.newsroom.epg;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One channel's daily schedule as {@link DailyScheduleReader} read it.
 *
 * @param channelId  the channel the schedule is for
 * @param day        the local day the file is for (lines after midnight belong to the next day)
 * @param programmes the imported programmes, by start, each with a stop; they neither overlap nor share a start
 * @param issues     one refusal per refused line, the fixes of imported programmes; see {@link ImportSummary}
 */
public record DailyScheduleImport(String channelId, LocalDate day, List<EpgProgramme> programmes,
        List<ImportIssue> issues) implements ImportSummary {

    /** Copies the lists. */
    public DailyScheduleImport {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(day, "day");
        programmes = List.copyOf(programmes);
        issues = List.copyOf(issues);
    }
}
