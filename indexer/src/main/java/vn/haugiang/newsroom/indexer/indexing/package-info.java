/**
 * Indexing: Spring Batch jobs that put items and publications into Elasticsearch — for each of the
 * {@code content} and {@code publications} aliases an incremental job (the outbox; for
 * publications also delivery events and a time window over the {@code publication} view) and a
 * full rebuild into a new versioned index with an atomic alias swap; {@code POST /api/indexing/run}.
 * Its public face is {@link vn.haugiang.newsroom.indexer.indexing.ContentIndexing},
 * {@link vn.haugiang.newsroom.indexer.indexing.PublicationIndexing} and their properties.
 */
@NullMarked
package vn.haugiang.newsroom.indexer.indexing;

import org.jspecify.annotations.NullMarked;
