package vn.haugiang.newsroom.indexer.indexing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the {@code publications} index and of the jobs that fill it
 * ({@code newsroom.indexer.publications.*}). The state index and the replicas are those of
 * {@link ContentIndexProperties}.
 *
 * @param alias the alias that counts and incremental writes go through; the first index behind it
 *     is {@code <alias>-v1}, a rebuild's {@code <alias>-v1-<UTC timestamp>}. Default {@code publications}.
 * @param chunkSize outbox rows, delivery events or publications per chunk. Default 500.
 * @param safetyWindow how many outbox ids and delivery-event ids before the saved positions each
 *     incremental run reads again (ids become visible at commit, out of order). Default 500 ids.
 * @param timeWindow how far before the saved high-water mark each run reads the {@code publication}
 *     view by {@code published_at} again. Airings become publications when their slot ends, with no
 *     event, and carry the slot's start as {@code published_at}: this must exceed the longest slot.
 *     Default 2 days.
 */
@ConfigurationProperties("newsroom.indexer.publications")
public record PublicationIndexProperties(
        @DefaultValue("publications") String alias,
        @DefaultValue("500") int chunkSize,
        @DefaultValue("500") long safetyWindow,
        @DefaultValue("P2D") Duration timeWindow) {

    /** Version of the mapping in {@link PublicationIndexDefinition}; a new version means a rebuild. */
    static final int MAPPING_VERSION = 1;

    /** The first index behind the alias, e.g. {@code publications-v1}. */
    String initialIndex() {
        return alias + "-v" + MAPPING_VERSION;
    }

    /** State key of the outbox position. */
    String outboxKey() {
        return alias;
    }

    /** State key of the delivery-event position. */
    String deliveryEventsKey() {
        return alias + ".delivery-events";
    }

    /** State key of the {@code published_at} high-water mark (epoch milliseconds). */
    String publishedAtKey() {
        return alias + ".published-at";
    }
}
