package vn.haugiang.newsroom.publisher.channel.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.haugiang.newsroom.model.ContentType;

/**
 * A live item as the web channel renders it. The publish job builds one from the item's published
 * version; the writers trust that it is live (taken-down items are simply not passed in).
 *
 * @param id             the item id (as in cms-api), used in stable feed ids so a slug change is not a new entry
 * @param slug           URL segment of the article page ({@code tin/<slug>.html})
 * @param type           {@link ContentType#VIDEO_CLIP} is described as a schema.org {@code VideoObject},
 *                       everything else as a {@code NewsArticle}
 * @param headline       plain text; escaped wherever it is written
 * @param standfirst     plain-text lead (sapo), used as meta/feed description
 * @param bodyHtml       body HTML <em>already sanitized</em> by cms-api's HTML policy; written unescaped
 * @param byline         author name(s) as printed
 * @param columnSlug     the column the article is filed in, if any
 * @param columnName     that column's name
 * @param tags           tag names as editors typed them; their pages are {@link WebPaths#tag(String)}
 * @param planTasks      plan task codes (NV1.a …); not rendered, carried for routing by the caller
 * @param publishedAt    first publication
 * @param modifiedAt     last change visible to readers (a correction moves it)
 * @param imageUrl       lead image (og:image, schema.org {@code image}, video thumbnail)
 * @param videoUrl       the clip of a {@code VIDEO_CLIP}
 * @param correctionNote shown above the body and as schema.org {@code correction}, when set
 */
public record WebArticle(UUID id, String slug, ContentType type, String headline, @Nullable String standfirst,
        String bodyHtml, @Nullable String byline, @Nullable String columnSlug, @Nullable String columnName,
        List<String> tags, List<String> planTasks, Instant publishedAt, Instant modifiedAt,
        @Nullable URI imageUrl, @Nullable URI videoUrl, @Nullable String correctionNote) {

    public WebArticle {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(bodyHtml, "bodyHtml");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        tags = List.copyOf(tags);
        planTasks = List.copyOf(planTasks);
        if (modifiedAt.isBefore(publishedAt)) {
            throw new IllegalArgumentException("modifiedAt " + modifiedAt + " is before publishedAt " + publishedAt);
        }
    }

    /** The standfirst, or the headline when there is none: descriptions must not be empty. */
    public String description() {
        return standfirst == null || standfirst.isBlank() ? headline : standfirst;
    }

    boolean isVideo() {
        return type == ContentType.VIDEO_CLIP;
    }
}
