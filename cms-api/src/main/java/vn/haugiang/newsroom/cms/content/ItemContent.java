package vn.haugiang.newsroom.cms.content;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The editable content of an item: what a revision saves, what a diff compares and what a
 * restore brings back. Text is NFC; {@code body} is sanitized HTML.
 *
 * @param planTasks plan-task codes such as {@code NV1.a} (see {@code PlanTasks})
 * @param language BCP 47 tag, {@code vi} by default
 * @param embargoUntil not to be published before this instant (UTC)
 * @param expiresAt to be withdrawn from channels after this instant (UTC)
 */
public record ItemContent(
        String headline,
        @Nullable String standfirst,
        String body,
        @Nullable String byline,
        @Nullable UUID columnId,
        List<String> tags,
        List<String> planTasks,
        String language,
        String slug,
        @Nullable UUID featuredMedia,
        List<UUID> relatedItems,
        @Nullable Instant embargoUntil,
        @Nullable Instant expiresAt) {

    public ItemContent {
        tags = List.copyOf(tags);
        planTasks = List.copyOf(planTasks);
        relatedItems = List.copyOf(relatedItems);
    }
}
