package vn.haugiang.newsroom.indexer.indexing;

/** An {@code outbox_event} row of aggregate type {@code item}: its position and the item's id. */
record OutboxRow(long id, String itemId, long itemVersion) {
}
