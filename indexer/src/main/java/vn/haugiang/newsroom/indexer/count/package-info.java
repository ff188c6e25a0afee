/**
 * Output counting: exact counts of publications and of distinct items over the
 * {@code publications} alias, by any combination of unit, channel kind, channel, content type,
 * plan task, column and reporting year, per local day, ISO week, month, quarter or year
 * (Asia/Ho_Chi_Minh). Its public face is {@link vn.haugiang.newsroom.indexer.count.OutputCounts}.
 */
@NullMarked
package vn.haugiang.newsroom.indexer.count;

import org.jspecify.annotations.NullMarked;
