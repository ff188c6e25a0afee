package vn.haugiang.newsroom.cms.content;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import vn.haugiang.newsroom.model.ContentType;
import vn.haugiang.newsroom.model.ItemState;

/**
 * Filters of {@code GET /api/items}; all optional. {@code updatedFrom}/{@code updatedTo} bound
 * the last change (UTC, inclusive/exclusive); {@code cursor} continues a previous page; {@code limit}
 * is 1–200, default 50.
 */
public record ItemQuery(
        @Nullable String unit,
        java.util.@Nullable UUID column,
        @Nullable ContentType type,
        @Nullable ItemState state,
        @Nullable String planTask,
        @Nullable Instant updatedFrom,
        @Nullable Instant updatedTo,
        @Nullable String cursor,
        @Nullable Integer limit) {

    int pageSize() {
        return limit == null ? 50 : Math.max(1, Math.min(200, limit));
    }
}
