/**
 * The indexer application: indexing, search, output counting and the yearly report.
 */
@NullMarked
package vn.haugiang.newsroom.indexer;

import org.jspecify.annotations.NullMarked;
