package vn.haugiang.newsroom.cms.content;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.haugiang.newsroom.model.ContentType;
import vn.haugiang.newsroom.model.ItemState;

/**
 * An item in its current state. {@code version} grows with every committed change and is the
 * item's ETag; {@code revision} is the number of its latest saved content.
 */
public record Item(
        UUID id,
        String unitId,
        ContentType type,
        @Nullable String genre,
        ItemState state,
        long version,
        int revision,
        ItemContent content,
        @Nullable Instant publishAt,
        @Nullable Instant firstPublishedAt,
        @Nullable String takedownReason,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt) {

    Item withSlug(String slug) {
        ItemContent c = content;
        var renamed = new ItemContent(c.headline(), c.standfirst(), c.body(), c.byline(), c.columnId(), c.tags(),
                c.planTasks(), c.language(), slug, c.featuredMedia(), c.relatedItems(), c.embargoUntil(), c.expiresAt());
        return new Item(id, unitId, type, genre, state, version, revision, renamed, publishAt, firstPublishedAt,
                takedownReason, createdBy, createdAt, updatedAt);
    }

    /** The ETag of this version (RFC 9110 §8.8.3): a strong validator. */
    public String etag() {
        return "\"" + version + "\"";
    }
}
