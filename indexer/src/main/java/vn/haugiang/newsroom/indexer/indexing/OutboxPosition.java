package vn.haugiang.newsroom.indexer.indexing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * How far an incremental job has consumed one feed for one alias: e.g. the highest
 * {@code outbox_event.id} whose item is in the index (key = alias), the highest
 * {@code delivery_event.id} or a time in epoch milliseconds. Kept in Elasticsearch (index
 * {@code indexer-state}, {@code _id} = key) rather than in a job's ExecutionContext, because every
 * incremental run is a new job instance and because the position belongs to the index: a rebuild
 * {@linkplain #rewindTo rewinds} it to where its copy started.
 *
 * <p>Beside an id position the state keeps its <em>gaps</em>: ids below it that had no row when
 * they were passed (a transaction still open, or rolled back), which the next run reads again
 * ({@link FeedWindow}). {@code gaps == null} means "not known" (a position set by a rebuild, or saved
 * before gaps were kept): the next run then reads the whole safety window again, once.
 */
final class OutboxPosition {

    /**
     * @param position the highest id consumed, or epoch milliseconds for a time mark
     * @param gaps ids at most {@code position} that had no row when passed, ascending; null if not known
     * @param updatedAt when this was saved (ISO-8601, UTC)
     */
    record State(long position, @Nullable List<Long> gaps, String updatedAt) {
    }

    private final ElasticsearchClient elasticsearch;
    private final String stateIndex;
    private final String key;
    private final Clock clock;

    OutboxPosition(ElasticsearchClient elasticsearch, String stateIndex, String key, Clock clock) {
        this.elasticsearch = elasticsearch;
        this.stateIndex = stateIndex;
        this.key = key;
        this.clock = clock;
    }

    /** The saved position, 0 when nothing was consumed yet. */
    long current() {
        return state().position();
    }

    /** The saved state; position 0 and no gaps when nothing was consumed yet. */
    State state() {
        try {
            var response = elasticsearch.get(g -> g.index(stateIndex).id(key), State.class);
            State state = response.source();
            return response.found() && state != null ? state : new State(0, List.of(), clock.instant().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves the position forward to {@code position}; never backwards. */
    void advance(long position) {
        if (position > current()) {
            save(position);
        }
    }

    /** Moves the position back to {@code position} when it is further; never forwards. */
    void rewindTo(long position) {
        if (position < current()) {
            save(position);
        }
    }

    /** Sets the position, forwards or backwards, with its gaps not known. */
    void save(long position) {
        save(position, null);
    }

    /** Sets the position and its gaps ({@code null}: not known). */
    void save(long position, @Nullable List<Long> gaps) {
        try {
            elasticsearch.index(i -> i
                    .index(stateIndex)
                    .id(key)
                    .document(new State(position, gaps, clock.instant().toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
