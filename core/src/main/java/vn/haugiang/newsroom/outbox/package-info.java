/**
 * The transactional outbox through which cms-api tells the publisher and the indexer what changed.
 */
@NullMarked
package vn.haugiang.newsroom.outbox;

import org.jspecify.annotations.NullMarked;
