package vn.haugiang.newsroom.indexer.count;

import java.util.Arrays;
import java.util.Optional;

/**
 * A key publications can be grouped by: its name in the API ({@code groupBy=unit,planTask}) and
 * in a result row, and the publications index field it reads. Rows order their keys as declared here.
 */
public enum Dimension {
    UNIT("unit", "unit"),
    CHANNEL_KIND("channelKind", "channelKind"),
    CHANNEL("channel", "channel"),
    CONTENT_TYPE("contentType", "contentType"),
    /** An item with two plan tasks counts under each; null for none. */
    PLAN_TASK("planTask", "planTasks"),
    COLUMN("column", "column"),
    REPORTING_YEAR("reportingYear", "reportingYear");

    private final String key;
    private final String field;

    Dimension(String key, String field) {
        this.key = key;
        this.field = field;
    }

    /** The name in {@code groupBy} and in result rows. */
    public String key() {
        return key;
    }

    String field() {
        return field;
    }

    public static Optional<Dimension> byKey(String key) {
        return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst();
    }
}
