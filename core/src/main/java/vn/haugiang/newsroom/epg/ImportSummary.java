package vn.haugiang.newsroom.epg;

import java.util.List;
import java.util.Objects;

/**
 * What a reader made of its input, and how every programme element or schedule line was accounted for:
 * {@code importedAsIsCount() + fixedCount() + refusedCount()} is the number of programmes (or non-blank lines)
 * in the input.
 */
public interface ImportSummary {

    /** @return the imported programmes, each with a stop, ordered by channel then start */
    List<EpgProgramme> programmes();

    /** @return the fixes, refusals and notes, in input order within each step of the reader */
    List<ImportIssue> issues();

    /** @return how many programmes or lines were refused (one {@link ImportIssue.Outcome#REFUSED} issue each) */
    default long refusedCount() {
        return issues().stream().filter(issue -> issue.kind().outcome() == ImportIssue.Outcome.REFUSED).count();
    }

    /** @return how many imported programmes carry at least one {@link ImportIssue.Outcome#FIXED} issue */
    default long fixedCount() {
        return issues().stream()
                .filter(issue -> issue.kind().outcome() == ImportIssue.Outcome.FIXED)
                .map(issue -> List.of(Objects.requireNonNull(issue.channelId()), Objects.requireNonNull(issue.start())))
                .distinct()
                .count();
    }

    /** @return how many programmes were imported without any change */
    default long importedAsIsCount() {
        return programmes().size() - fixedCount();
    }

    /** @return imported plus refused: the number of programmes or lines the input had */
    default long accountedCount() {
        return programmes().size() + refusedCount();
    }
}
