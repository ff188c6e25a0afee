package vn.haugiang.newsroom.indexer.indexing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * How far an incremental job has consumed one feed for one alias: e.g. the highest
 * {@code outbox_event.id} whose item is in the index (key = alias), the highest
 * {@code delivery_event.id} or a time in epoch milliseconds. Kept in Elasticsearch (index
 * {@code indexer-state}, {@code _id} = key) rather than in a job's ExecutionContext, because every
 * incremental run is a new job instance and because the position belongs to the index: a rebuild
 * {@linkplain #rewindTo rewinds} it to where its copy started.
 */
final class OutboxPosition {

    record State(long position, String updatedAt) {
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
        try {
            var response = elasticsearch.get(g -> g.index(stateIndex).id(key), State.class);
            State state = response.source();
            return response.found() && state != null ? state.position() : 0;
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

    /** Sets the position, forwards or backwards. */
    void save(long position) {
        try {
            elasticsearch.index(i -> i
                    .index(stateIndex)
                    .id(key)
                    .document(new State(position, clock.instant().toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
