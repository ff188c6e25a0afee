package vn.haugiang.newsroom.indexer.indexing;

/**
 * The three positions of the publications alias in the state index: the outbox id, the
 * delivery-event id and the {@code published_at} high-water mark (epoch milliseconds).
 */
record PublicationPositions(OutboxPosition outbox, OutboxPosition deliveryEvents, OutboxPosition publishedAt) {
}
