package vn.haugiang.newsroom.cms.bundle;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.haugiang.newsroom.cms.content.ItemDraft;
import vn.haugiang.newsroom.model.ContentType;

/**
 * A ninjs item as this CMS reads it (see {@link NinjsMapper} for the rules), before its column and
 * media have ids.
 *
 * @param uri the ninjs {@code uri}: the item's identity across imports
 * @param unitId the owning unit, matched from {@code copyrightHolder}
 * @param genre the programme genre, for programme segments
 * @param body sanitizable HTML ({@code text/plain} bodies arrive wrapped in paragraphs)
 * @param columnSlug from a subject {@code urn:column:<slug>}
 * @param columnName that subject's {@code name}, used when the column has to be created
 * @param planTasks codes from subjects {@code urn:attt-plan:<code>}, NFC, in order, without repeats
 * @param mediaPaths rendition {@code href}s relative to the bundle directory, in order, without repeats
 * @param firstCreated the ninjs {@code firstCreated}; the publication time of an archived item
 * @param slug the item's slug: the headline's slug plus {@link NinjsMapper#uriKey(String) a key of the uri}
 */
public record MappedItem(
        String uri,
        String unitId,
        ContentType type,
        @Nullable String genre,
        String headline,
        @Nullable String standfirst,
        String body,
        @Nullable String byline,
        @Nullable String columnSlug,
        @Nullable String columnName,
        List<String> planTasks,
        List<String> mediaPaths,
        @Nullable Instant firstCreated,
        @Nullable String language,
        String slug) {

    public MappedItem {
        planTasks = List.copyOf(planTasks);
        mediaPaths = List.copyOf(mediaPaths);
    }

    /** The draft to create, once the column and the featured medium (the first rendition) have ids. */
    public ItemDraft toDraft(@Nullable UUID columnId, @Nullable UUID featuredMedia) {
        return new ItemDraft(type, genre, unitId, headline, standfirst, body, byline, columnId, null, planTasks,
                language, slug, featuredMedia, null, null, null);
    }
}
