package vn.haugiang.newsroom.outbox;

import java.util.Objects;

/**
 * One change, as the consumers outside the writing app (publisher, indexer) will read it.
 *
 * <p>Consumers are idempotent on ({@code aggregateType}, {@code aggregateId},
 * {@code aggregateVersion}): the outbox is delivered at least once.
 *
 * @param aggregateType what changed, e.g. {@code item}, {@code delivery}, {@code airing}
 * @param aggregateId its id, as text
 * @param aggregateVersion its version after the change (1, 2, ...)
 * @param eventType past-tense name of the change, e.g. {@code ItemPublished}
 * @param payloadJson a JSON object with the change's data
 */
public record OutboxEvent(
        String aggregateType,
        String aggregateId,
        long aggregateVersion,
        String eventType,
        String payloadJson) {

    public OutboxEvent {
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(payloadJson, "payloadJson");
        if (aggregateVersion < 1) {
            throw new IllegalArgumentException("aggregateVersion must be >= 1, was " + aggregateVersion);
        }
    }
}
