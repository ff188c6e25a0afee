/**
 * Search: read-only Vietnamese full-text search over the {@code content} alias, with filters,
 * facets, highlights and deep paging. Its public face is
 * {@link vn.haugiang.newsroom.indexer.search.ContentSearch}.
 */
@NullMarked
package vn.haugiang.newsroom.indexer.search;

import org.jspecify.annotations.NullMarked;
