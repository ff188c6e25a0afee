package vn.haugiang.newsroom.indexer.count;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A period of the local calendar (Asia/Ho_Chi_Minh) and its key in rows: {@code 2026-05-01},
 * {@code 2026-W18} (ISO week-year and week, Monday first), {@code 2026-05}, {@code 2026-Q2},
 * {@code 2026}. Each reads a period field precomputed at indexing from the local date.
 */
public enum Interval {
    DAY("periodDay"), WEEK("periodWeek"), MONTH("periodMonth"), QUARTER("periodQuarter"), YEAR("periodYear");

    private final String field;

    Interval(String field) {
        this.field = field;
    }

    String field() {
        return field;
    }

    public static Optional<Interval> byName(String name) {
        return Arrays.stream(values()).filter(i -> i.name().equals(name.toUpperCase(Locale.ROOT))).findFirst();
    }
}
