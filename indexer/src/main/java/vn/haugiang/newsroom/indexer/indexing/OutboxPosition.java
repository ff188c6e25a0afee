package vn.haugiang.newsroom.indexer.indexing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * How far the incremental job has consumed the outbox for one alias: the highest
 * {@code outbox_event.id} whose item is in the index. Kept in Elasticsearch (index
 * {@code indexer-state}, {@code _id} = alias) rather than in a job's ExecutionContext, because every
 * incremental run is a new job instance and because the position belongs to the index: a rebuild
 * {@linkplain #rewindTo rewinds} it to where its copy started.
 */
final class OutboxPosition {

    record State(long position, String updatedAt) {
    }

    private final ElasticsearchClient elasticsearch;
    private final ContentIndexProperties properties;
    private final Clock clock;

    OutboxPosition(ElasticsearchClient elasticsearch, ContentIndexProperties properties, Clock clock) {
        this.elasticsearch = elasticsearch;
        this.properties = properties;
        this.clock = clock;
    }

    /** The saved position, 0 when nothing was consumed yet. */
    long current() {
        try {
            var response = elasticsearch.get(g -> g.index(properties.stateIndex()).id(properties.alias()), State.class);
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
                    .index(properties.stateIndex())
                    .id(properties.alias())
                    .document(new State(position, clock.instant().toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
