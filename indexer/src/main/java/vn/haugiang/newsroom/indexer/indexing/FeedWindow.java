package vn.haugiang.newsroom.indexer.indexing;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One incremental run's slice of an id-ordered feed ({@code outbox_event}, {@code delivery_event}):
 * which ids to read and where the {@link OutboxPosition} goes after each chunk.
 *
 * <p>Why: an id is assigned at insert but becomes visible at commit, so a row can appear behind a
 * position already passed. Reading the last {@code safetyWindow} ids again on every run catches it,
 * but re-indexes hundreds of changes every run for nothing (and every publication of each changed
 * item). Instead, at the start of a run this takes the feed's highest id (the <em>mark</em>) and the
 * ids of the window below it that have no row (the <em>missing</em> ones); the run reads the rows
 * after the position up to the mark plus the saved gaps, and saves the still-missing ids as the new
 * gaps. A late commit within the window is read once, by the next run; an id rolled back stays a
 * gap until it falls out of the window. The guarantee is the window's, as before: a transaction
 * that commits more than {@code safetyWindow} ids late is missed.
 *
 * <p>When the saved gaps are not known (a rebuild set the position) the run reads the whole window
 * again, once. Not thread-safe: one instance per step execution (a {@code @StepScope} bean, hence
 * not final: the scope proxies it).
 */
class FeedWindow {

    private static final Logger log = LoggerFactory.getLogger(FeedWindow.class);

    private final OutboxPosition position;
    private final long after;
    private final long mark;
    private final Long[] reread;
    private final TreeSet<Long> missing;
    private long consumed;

    FeedWindow(OutboxPosition position, long after, long mark, Long[] reread, TreeSet<Long> missing, long consumed) {
        this.position = position;
        this.after = after;
        this.mark = mark;
        this.reread = reread;
        this.missing = missing;
        this.consumed = consumed;
    }

    /**
     * @param table {@code outbox_event} or {@code delivery_event} (a constant, never user input)
     * @param window how many ids below the mark to check for rows that are not there yet
     */
    static FeedWindow open(OutboxPosition position, JdbcClient jdbc, String table, long window) {
        OutboxPosition.State state = position.state();
        // A position set ahead of every row (a rebuild's mark taken as rows were being inserted) makes the
        // ids up to it missing too, so they are read when they arrive.
        long mark = Math.max(state.position(),
                jdbc.sql("SELECT coalesce(max(id), 0) FROM " + table).query(Long.class).single());
        TreeSet<Long> missing = new TreeSet<>(jdbc.sql("""
                SELECT k FROM generate_series(greatest(:mark - :window, 0) + 1, :mark) AS k
                WHERE NOT EXISTS (SELECT 1 FROM %s t WHERE t.id = k)
                ORDER BY k""".formatted(table))
                .param("mark", mark).param("window", window)
                .query(Long.class).list());
        List<Long> gaps = state.gaps();
        long after = gaps == null ? Math.max(0, state.position() - window) : state.position();
        log.debug("{}: position {}, gaps {}, mark {}, missing {}", table, state.position(), gaps, mark, missing);
        return new FeedWindow(position, after, mark,
                gaps == null ? new Long[0] : gaps.toArray(Long[]::new), missing, state.position());
    }

    /** The reader's condition on the feed's id column, with three parameters ({@link #bind}). */
    static String condition(String idColumn) {
        return "((%1$s > ? AND %1$s <= ?) OR %1$s = ANY (?))".formatted(idColumn);
    }

    /** Binds {@link #condition}'s parameters from {@code index}; answers the next free index. */
    int bind(PreparedStatement statement, int index) throws SQLException {
        statement.setLong(index, after);
        statement.setLong(index + 1, mark);
        statement.setArray(index + 2, statement.getConnection().createArrayOf("bigint", reread));
        return index + 3;
    }

    /** After a chunk was written in full: the position moves to its last id, gaps below it kept. */
    void consumed(long lastId) {
        consumed = Math.max(consumed, lastId);
        position.save(consumed, List.copyOf(missing.headSet(consumed, true)));
    }

    /** A listener that calls {@link #completed} on {@code window} when its step completed. */
    static StepExecutionListener completedAfter(FeedWindow window) {
        return new StepExecutionListener() {
            @Override
            public ExitStatus afterStep(StepExecution step) {
                if (ExitStatus.COMPLETED.equals(step.getExitStatus())) {
                    window.completed();
                }
                return step.getExitStatus();
            }
        };
    }

    /** After the whole step: the position moves to the mark (rows up to it were read or are gaps). */
    void completed() {
        consumed = Math.max(consumed, mark);
        position.save(consumed, List.copyOf(missing.headSet(consumed, true)));
    }
}
