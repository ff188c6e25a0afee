package vn.haugiang.newsroom.epg;

import java.util.List;

/**
 * An XMLTV document as {@link XmltvReader} read it.
 *
 * @param channels   the {@code <channel>} elements, in document order, first of each id
 * @param programmes the imported programmes, each with a stop, ordered by channel (first appearance) then start;
 *                   within a channel they neither overlap nor share a start
 * @param issues     fixes, refusals and channel notes; see {@link ImportSummary} for the accounting
 */
public record XmltvImport(List<EpgChannel> channels, List<EpgProgramme> programmes, List<ImportIssue> issues)
        implements ImportSummary {

    /** Copies the lists. */
    public XmltvImport {
        channels = List.copyOf(channels);
        programmes = List.copyOf(programmes);
        issues = List.copyOf(issues);
    }
}
