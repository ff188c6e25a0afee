/**
 * The yearly report on the province's ATTT plan: per unit, outputs by plan task and channel kind,
 * items, failed deliveries and the plan's explicit minimums, as JSON, CSV and XLSX. Its public
 * face is {@link vn.haugiang.newsroom.indexer.report.YearlyReports}.
 */
@NullMarked
package vn.haugiang.newsroom.indexer.report;

import org.jspecify.annotations.NullMarked;
