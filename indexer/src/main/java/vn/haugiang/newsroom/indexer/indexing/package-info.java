/**
 * Indexing: Spring Batch jobs that put items into Elasticsearch — the incremental job that consumes
 * the outbox and the full rebuild into a new versioned index behind the {@code content} alias.
 * Its public face is {@link vn.haugiang.newsroom.indexer.indexing.ContentIndexing} and
 * {@link vn.haugiang.newsroom.indexer.indexing.ContentIndexProperties}.
 */
@NullMarked
package vn.haugiang.newsroom.indexer.indexing;

import org.jspecify.annotations.NullMarked;
