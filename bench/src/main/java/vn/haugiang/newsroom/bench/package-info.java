/**
 * The benchmark harness of issue #9: {@link vn.haugiang.newsroom.bench.Bench} generates items,
 * runs each {@link vn.haugiang.newsroom.bench.Stage} beside its reference measured in the same run
 * (the machines are shared and noisy, so only ratios compare across runs), and writes the results
 * as JSON and as a table in {@code docs/benchmarks.md}.
 */
@NullMarked
package vn.haugiang.newsroom.bench;

import org.jspecify.annotations.NullMarked;
