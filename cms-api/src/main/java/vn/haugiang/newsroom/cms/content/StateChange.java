package vn.haugiang.newsroom.cms.content;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import vn.haugiang.newsroom.model.ItemState;

/**
 * A workflow step to apply to an item, as decided by the workflow's rules.
 *
 * @param eventType the outbox event, e.g. {@code ItemPublished}
 * @param publishAt when a scheduled item is due (UTC); kept for later states
 * @param reason the take-down reason, when taking down
 * @param correctedContent new content, for a correction
 */
public record StateChange(
        ItemState to,
        String eventType,
        @Nullable Instant publishAt,
        @Nullable String reason,
        @Nullable ItemDraft correctedContent) {
}
