/**
 * Retention of Spring Batch's metadata (the {@code batch_*} tables of migration V2), shared by the
 * apps that run jobs: the publisher and the indexer.
 */
@NullMarked
package vn.haugiang.newsroom.batch;

import org.jspecify.annotations.NullMarked;
